package io.jkompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code jkompose} command. It only holds the options kompose accepts before the command name;
 * the work is done by the subcommands, which reach the invocation and these options through
 * {@code @ParentCommand}.
 */
@Command(name = "jkompose", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Convert Docker Compose files into Kubernetes manifests.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'jkompose COMMAND --help' for the options of a command."},
        subcommands = {ConvertCommand.class, ApplyCommand.class, DiffCommand.class, DownCommand.class,
                ConfigCommand.class, VersionCommand.class, CompletionCommand.class,
                HelpCommand.class})
public final class JKompose implements Callable<Integer> {

    private final Invocation invocation;
    private final List<String> args;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose file to read; repeatable. Also accepted after the command name.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more: the files written, and the stack trace of an internal error.")
    boolean verbose;

    @Option(names = "--error-on-warning", scope = ScopeType.INHERIT,
            description = "Fail (exit 1, write nothing) when there is any warning.")
    boolean errorOnWarning;

    @Option(names = "--suppress-warnings", scope = ScopeType.INHERIT, description = "Do not show warnings.")
    boolean suppressWarnings;

    JKompose(Invocation invocation, List<String> args) {
        this.invocation = invocation;
        this.args = List.copyOf(args);
    }

    /** Runs one command line and returns the exit code; prints only through the invocation's writers. */
    public static int run(Invocation invocation, String... args) {
        ErrorHandler errors = null;
        try {
            CommandLine commandLine = commandLine(invocation, args);
            errors = (ErrorHandler) commandLine.getExecutionExceptionHandler();
            return commandLine.execute(args);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError failure) {
            // picocli passes Errors through; they still deserve one line and an exit code, not a JVM dump.
            ErrorHandler handler = errors != null ? errors : new ErrorHandler(invocation.err(), () -> false);
            return handler.report(failure);
        } finally {
            invocation.out().flush();
            invocation.err().flush();
        }
    }

    /** The configured command line, without running it (tests add commands or only parse). */
    static CommandLine commandLine(Invocation invocation, String... args) {
        JKompose root = new JKompose(invocation, List.of(args));
        CommandLine commandLine = new CommandLine(root);
        ErrorHandler errors = new ErrorHandler(invocation.err(), () -> root.verbose);
        // As kompose (pflag): a repeated single-valued flag takes the last value, and '@file' is a plain word,
        // never a file of arguments read from the JVM's folder.
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(invocation.out());
        commandLine.setErr(invocation.err());
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        ConvertCommand.groupOptionsInHelp(commandLine.getSubcommands().get("convert"));
        return commandLine;
    }

    /** Without a command there is nothing to do: show what there is, and fail as a usage error. */
    @Override
    public Integer call() {
        invocation.err().println("jkompose: a command is needed");
        spec.commandLine().usage(invocation.err());
        return ExitCode.USAGE;
    }

    public Invocation invocation() {
        return invocation;
    }

    /** The arguments as given, for the {@code kompose.cmd} annotation. */
    List<String> args() {
        return args;
    }

    List<String> filesBeforeCommand() {
        return files;
    }

    boolean verbose() {
        return verbose;
    }

    /** The warning options with a command's {@code --warnings-as-errors} codes; a usage error when they contradict. */
    DiagnosticPolicy diagnosticPolicy(CommandLine command, Set<String> warningsAsErrors) {
        if (errorOnWarning && suppressWarnings) {
            throw new CommandLine.ParameterException(command,
                    "--error-on-warning and --suppress-warnings cannot be used together: choose one");
        }
        return new DiagnosticPolicy(suppressWarnings, errorOnWarning, warningsAsErrors);
    }
}
