package io.jkompose.cli;

/** The process exit codes fixed by DESIGN.md; scripts and CI depend on them. */
public final class ExitCode {

    public static final int OK = 0;
    /** The input (Compose files, output path) is wrong, or an unexpected failure happened. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** For the cluster commands (apply, down, diff). */
    public static final int CLUSTER = 3;
    /** For {@code --check}: the cluster differs from the manifests. */
    public static final int DRIFT = 4;

    private ExitCode() {
    }
}
