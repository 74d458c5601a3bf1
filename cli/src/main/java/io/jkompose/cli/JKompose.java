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
 *
 * <p>The subcommands are added by {@link #commandLine}, not listed in {@code @Command}: picocli
 * reflects over every option of every command it is given, and a {@code convert} need not pay for
 * the options of {@code apply}, {@code diff} and {@code down} (nor load their classes and the cluster
 * client's), so a command line that names its command gets only that one.
 */
@Command(addMethodSubcommands = false, name = "jkompose", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Convert Docker Compose files into Kubernetes manifests.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'jkompose COMMAND --help' for the options of a command."})
public final class JKompose implements Callable<Integer> {

    /** picocli's setting: a comma-separated list of regular expressions naming built-in converters it leaves out. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The built-in converters no option of jkompose needs; one expression, since picocli compiles each per type. */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /** The subcommands in the order the help lists them; {@code help} is picocli's. */
    static final List<String> COMMANDS = List.of("convert", "apply", "diff", "down", "config", "version",
            "completion", "help");

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
        // picocli registers converters for java.sql and java.time types in each command line it builds by
        // loading and initialising them (82 classes, java.time's formatters among them: ~8 ms of every start).
        // No option here has such a type (OptionTypesTest); a user's own setting is kept.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        JKompose root = new JKompose(invocation, List.of(args));
        CommandLine commandLine = new CommandLine(root);
        String named = commandName(args);
        for (String name : COMMANDS) {
            if (named == null || named.equals(name)) {
                commandLine.addSubcommand(name, subcommand(name));
            }
        }
        ErrorHandler errors = new ErrorHandler(invocation.err(), () -> root.verbose);
        // As kompose (pflag): a repeated single-valued flag takes the last value, and '@file' is a plain word,
        // never a file of arguments read from the JVM's folder.
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(invocation.out());
        commandLine.setErr(invocation.err());
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        CommandLine convert = commandLine.getSubcommands().get("convert");
        if (convert != null) {
            ConvertCommand.groupOptionsInHelp(convert);
        }
        return commandLine;
    }

    /** A new instance of the named subcommand; {@code new} here loads a command's class only when it is asked for. */
    private static Object subcommand(String name) {
        return switch (name) {
            case "convert" -> new ConvertCommand();
            case "apply" -> new ApplyCommand();
            case "diff" -> new DiffCommand();
            case "down" -> new DownCommand();
            case "config" -> new ConfigCommand();
            case "version" -> new VersionCommand();
            case "completion" -> new CompletionCommand();
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The command that {@code args} run, when that is certain before parsing: the first word after the
     * options of this command that take no part in help ({@code -f} in any form picocli accepts:
     * {@code -f FILE}, {@code -fFILE}, {@code -f=FILE}, {@code --file FILE}, {@code --file=FILE},
     * clustered {@code -vf FILE}; {@code -v}, {@code --error-on-warning}, {@code --suppress-warnings}),
     * if it names a command that neither lists the others ({@code help}, {@code completion}) nor is
     * unknown.
     * Otherwise null, and the command line gets all commands: picocli then parses, helps and reports
     * errors (with its suggestions) exactly as with the full list.
     */
    static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String option = equals < 0 ? arg : arg.substring(0, equals);
                switch (option) {
                    case "--file" -> {
                        if (equals < 0) {
                            i++;
                        }
                    }
                    case "--verbose", "--error-on-warning", "--suppress-warnings" -> {
                        if (equals >= 0) {
                            return null;
                        }
                    }
                    default -> {
                        // --help and --version answer for this command (its help lists all commands); "--"
                        // itself: what follows it is no command.
                        return null;
                    }
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                // A cluster of short options: booleans, then perhaps -f with its value attached or next.
                for (int c = 1; c < arg.length(); c++) {
                    char option = arg.charAt(c);
                    if (option == 'f') {
                        if (c == arg.length() - 1) {
                            i++;
                        }
                        break;
                    }
                    if (option != 'v') {
                        return null;
                    }
                }
            } else {
                return COMMANDS.contains(arg) && !arg.equals("help") && !arg.equals("completion") ? arg : null;
            }
        }
        return null;
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
