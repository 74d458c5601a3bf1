package io.jkompose.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jkompose.apply.ClusterException;
import io.jkompose.apply.Failures;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where exceptions become messages and exit codes: usage errors give 2 and a hint to
 * {@code --help}; {@link CliException}s give their own code, cluster failures 3; anything else is an internal error
 * (exit 1). Stack traces appear only with {@code -v}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final PrintWriter err;
    private final BooleanSupplier verbose;

    /**
     * @param err     the invocation's error writer (a command added later may not share its CommandLine's)
     * @param verbose read when a failure happens, after {@code -v} was parsed
     */
    ErrorHandler(PrintWriter err, BooleanSupplier verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        return report(ex);
    }

    /** Also used for the errors ({@link Error}) that picocli lets through. */
    int report(Throwable failure) {
        int code;
        if (failure instanceof CliException cli) {
            err.println("jkompose: error: " + cli.getMessage());
            code = cli.exitCode();
        } else if (failure instanceof ClusterException cluster) {
            err.println("jkompose: error: " + cluster.getMessage());
            code = ExitCode.CLUSTER;
        } else if (failure instanceof KubernetesClientException client) {
            err.println("jkompose: error: " + Failures.describe(client));
            code = ExitCode.CLUSTER;
        } else {
            err.println("jkompose: internal error: " + describe(failure)
                    + (verbose.getAsBoolean() ? "" : " (run with -v for details)"));
            code = ExitCode.INVALID_INPUT;
        }
        if (verbose.getAsBoolean()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
