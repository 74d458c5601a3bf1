package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.parser.LoadRequest;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Flags become the loader's request and the converter's options; parsed only, nothing runs. */
class OptionMappingTest {

    private final Invocation invocation = Runs.invocation(Path.of("/projects/shop"),
            Map.of("COMPOSE_PROFILES", "debug", "TAG", "1.2"), new StringWriter(), new StringWriter());

    private ConvertCommand parseConvert(String... args) {
        CommandLine commandLine = JKompose.commandLine(invocation, args);
        commandLine.parseArgs(args);
        return commandLine.getSubcommands().get("convert").getCommand();
    }

    @Test
    void defaultsLookUpTheFilesAndInterpolate() {
        ConvertCommand convert = parseConvert("convert");

        LoadRequest request = convert.loadOptions().toRequest(invocation, convert.root.filesBeforeCommand());

        assertThat(request.files()).isEmpty();
        assertThat(request.profiles()).isEmpty();
        assertThat(request.projectName()).isNull();
        assertThat(request.interpolate()).isTrue();
        assertThat(request.workingDir()).isEqualTo(Path.of("/projects/shop"));
        assertThat(request.environment()).containsEntry("TAG", "1.2").containsEntry("COMPOSE_PROFILES", "debug");
    }

    @Test
    void loadFlagsMapOneToOne() {
        ConvertCommand convert = parseConvert("convert", "-f", "compose.yaml", "--file=compose.prod.yaml",
                "--profile", "web", "--profile=jobs", "--no-interpolate", "-p", "shop");

        LoadRequest request = convert.loadOptions().toRequest(invocation);

        assertThat(request.files()).containsExactly("compose.yaml", "compose.prod.yaml");
        assertThat(request.profiles()).containsExactly("web", "jobs");
        assertThat(request.interpolate()).isFalse();
        assertThat(request.projectName()).isEqualTo("shop");
    }

    @Test
    void filesBeforeTheCommandComeFirst() {
        ConvertCommand convert = parseConvert("-f", "base.yaml", "convert", "-f", "override.yaml");

        LoadRequest request = convert.loadOptions().toRequest(invocation, convert.root.filesBeforeCommand());

        assertThat(request.files()).containsExactly("base.yaml", "override.yaml");
    }

    @Test
    void convertDefaultsAreKomposeDefaults() {
        ConvertOptions options = parseConvert("convert").convertOptions();

        assertThat(options.workloads().replicas()).isNull();
        assertThat(options.storage().pvcRequestSize()).isEqualTo("100Mi");
        assertThat(options.namespace()).isNull();
        assertThat(options.provenance().withKomposeAnnotation()).isTrue();
        assertThat(options.provenance().commandLine()).isEqualTo("jkompose convert");
        assertThat(options.provenance().toolVersion()).isEqualTo(VersionInfo.version());
    }

    @Test
    void convertFlagsMapOneToOne() {
        ConvertOptions options = parseConvert("convert", "--replicas", "3", "--pvc-request-size", "1Gi",
                "-n", "web", "--with-kompose-annotation=false", "--stdout").convertOptions();

        assertThat(options.workloads().replicas()).isEqualTo(3);
        assertThat(options.storage().pvcRequestSize()).isEqualTo("1Gi");
        assertThat(options.namespace()).isEqualTo("web");
        assertThat(options.provenance().withKomposeAnnotation()).isFalse();
        assertThat(options.provenance().commandLine()).isEqualTo(
                "jkompose convert --replicas 3 --pvc-request-size 1Gi -n web --with-kompose-annotation=false --stdout");
    }

    @Test
    void replicasZeroIsAllowed() {
        assertThat(parseConvert("convert", "--replicas=0").convertOptions().workloads().replicas()).isZero();
    }

    @Test
    void komposeAnnotationFlagAcceptsBareAndExplicitValues() {
        assertThat(parseConvert("convert", "--with-kompose-annotation").convertOptions().provenance().withKomposeAnnotation())
                .isTrue();
        assertThat(parseConvert("convert", "--with-kompose-annotation=true").convertOptions().provenance().withKomposeAnnotation())
                .isTrue();
        assertThat(parseConvert("convert", "--with-kompose-annotation=false").convertOptions().provenance().withKomposeAnnotation())
                .isFalse();
        // Bare, and followed by another flag: the flag is not taken as its value.
        ConvertCommand convert = parseConvert("convert", "--with-kompose-annotation", "--stdout");
        assertThat(convert.convertOptions().provenance().withKomposeAnnotation()).isTrue();
        assertThat(convert.stdout).isTrue();
    }

    @Test
    void messageFlagsWorkBeforeAndAfterTheCommand() {
        assertThat(parseConvert("-v", "convert").root.verbose()).isTrue();
        assertThat(parseConvert("convert", "--verbose").root.verbose()).isTrue();
        assertThat(parseConvert("convert").root.verbose()).isFalse();
        assertThat(parseConvert("convert", "--error-on-warning").root.errorOnWarning).isTrue();
        assertThat(parseConvert("--suppress-warnings", "convert").root.suppressWarnings).isTrue();
    }

    @Test
    void outputFlagsChooseTheTarget() {
        assertThat(parseConvert("convert", "--stdout").outputTarget()).isEqualTo(new OutputTarget.Stdout());
        assertThat(parseConvert("convert", "-o", "k8s/").outputTarget())
                .isEqualTo(new OutputTarget.Folder(Path.of("/projects/shop/k8s")));
        assertThat(parseConvert("convert").outputTarget())
                .isEqualTo(new OutputTarget.Folder(Path.of("/projects/shop")));
        assertThat(parseConvert("convert", "-j", "-o", "all.json").outputTarget())
                .isEqualTo(new OutputTarget.SingleFile(Path.of("/projects/shop/all.json")));
    }

    @Test
    void commandTextQuotesWordsAShellWouldSplit() {
        assertThat(CommandText.of("jkompose", List.of("convert", "-f", "my compose.yaml", "-o", "it's")))
                .isEqualTo("jkompose convert -f 'my compose.yaml' -o 'it'\\''s'");
    }

    @Test
    void aRepeatedFlagTakesTheLastValueAsKomposeDoes() {
        ConvertCommand convert = parseConvert("convert", "-n", "first", "--namespace", "second", "--replicas=1",
                "--replicas=2");

        assertThat(convert.convertOptions().namespace()).isEqualTo("second");
        assertThat(convert.convertOptions().workloads().replicas()).isEqualTo(2);
    }

    @Test
    void anAtSignIsAPlainFileNameNotAnArgumentFile() {
        ConvertCommand convert = parseConvert("convert", "-f", "@compose.yaml");

        assertThat(convert.loadOptions().toRequest(invocation).files()).containsExactly("@compose.yaml");
    }
}
