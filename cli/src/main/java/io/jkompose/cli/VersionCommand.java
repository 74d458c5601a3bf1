package io.jkompose.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code jkompose version}: the same line as {@code --version}. */
@Command(addMethodSubcommands = false, name = "version", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Print the version of jkompose.")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    JKompose root;

    @Override
    public Integer call() {
        root.invocation().out().println(VersionInfo.line());
        return ExitCode.OK;
    }
}
