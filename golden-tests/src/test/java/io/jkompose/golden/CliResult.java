package io.jkompose.golden;

/** What one in-process run of the command line gave back. */
record CliResult(int exitCode, String stdout, String stderr) {

    /** The same result with every occurrence of {@code text} in stdout and stderr replaced. */
    CliResult replace(String text, String replacement) {
        if (text.isEmpty()) {
            return this;
        }
        return new CliResult(exitCode, stdout.replace(text, replacement), stderr.replace(text, replacement));
    }
}
