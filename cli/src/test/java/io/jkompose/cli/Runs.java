package io.jkompose.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs jkompose in-process, in a given folder and environment, and keeps what it printed. */
final class Runs {

    record Result(int code, String out, String err) {
    }

    private Runs() {
    }

    static Result run(Path workingDir, String... args) {
        return run(workingDir, Map.of(), args);
    }

    static Result run(Path workingDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JKompose.run(invocation(workingDir, env, out, err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Invocation invocation(Path workingDir, Map<String, String> env, StringWriter out, StringWriter err) {
        return new Invocation(workingDir, env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    static Invocation invocation(Path workingDir) {
        return invocation(workingDir, Map.of(), new StringWriter(), new StringWriter());
    }
}
