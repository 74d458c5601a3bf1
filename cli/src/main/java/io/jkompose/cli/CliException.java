package io.jkompose.cli;

/**
 * A failure the user can act on (an output path that cannot be written, say): shown as one
 * {@code jkompose: error:} line, never with a stack trace unless {@code -v}.
 */
public final class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public int exitCode() {
        return exitCode;
    }
}
