package io.jkompose.golden;

import io.jkompose.cli.Invocation;
import io.jkompose.cli.JKompose;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs jkompose's command line inside the test JVM, in a given folder and with a given
 * environment only: nothing of the real process (its folder, its environment, its streams) leaks
 * into the run, so a case gives the same result on every machine.
 */
final class InProcessCli {

    private InProcessCli() {
    }

    static CliResult run(Path workingDir, Map<String, String> environment, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            Invocation invocation = new Invocation(workingDir, environment, new ByteArrayInputStream(new byte[0]),
                    outWriter, errWriter);
            exitCode = JKompose.run(invocation, args.toArray(String[]::new));
            outWriter.flush();
            errWriter.flush();
        }
        return new CliResult(exitCode, out.toString(), err.toString());
    }
}
