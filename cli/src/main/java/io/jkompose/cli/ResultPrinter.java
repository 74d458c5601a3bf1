package io.jkompose.cli;

import io.jkompose.apply.ObjectResult;
import java.io.PrintWriter;

/**
 * One line per object as kubectl prints them ({@code deployment/web created}); failures on stderr
 * with the API server's reason.
 */
final class ResultPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final String suffix;

    /** @param suffix added to each line, e.g. {@code " (server dry run)"} */
    ResultPrinter(Invocation invocation, String suffix) {
        this.out = invocation.out();
        this.err = invocation.err();
        this.suffix = suffix;
    }

    void print(ObjectResult result) {
        if (result.failed()) {
            err.println(result.object() + ": error: " + result.message());
            err.flush();
            return;
        }
        out.println(result.object() + " " + result.outcome().word() + suffix
                + (result.message() == null ? "" : ": " + result.message()));
        out.flush();
    }
}
