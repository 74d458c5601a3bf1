package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * picocli is told to leave out its converters for java.sql and java.time types (start-up time, see
 * {@link JKompose#UNUSED_CONVERTERS}): no option or parameter of any command may have such a type, or
 * picocli could not convert its value.
 */
class OptionTypesTest {

    @TempDir
    Path dir;

    @Test
    void noOptionOfAnyCommandHasATypeWhoseConverterIsLeftOut() {
        CommandLine all = JKompose.commandLine(Runs.invocation(dir));
        Pattern leftOut = Pattern.compile(JKompose.UNUSED_CONVERTERS);
        List<String> types = new ArrayList<>();
        collect(all, types);

        assertThat(all.getSubcommands()).containsKeys("convert", "apply", "diff", "down", "config");
        assertThat(types).as("the types of every option and parameter").contains("java.lang.String", "boolean")
                .noneMatch(type -> leftOut.matcher(type).matches());
        assertThat(leftOut.matcher("java.time.Duration").matches()).isTrue();
        assertThat(leftOut.matcher("java.sql.Timestamp").matches()).isTrue();
        assertThat(leftOut.matcher("java.nio.file.Path").matches()).isFalse();
    }

    private static void collect(CommandLine command, List<String> types) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            types.add(arg.type().getName());
            for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                types.add(auxiliary.getName());
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, types));
    }
}
