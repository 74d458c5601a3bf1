package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The values compose-go's tests expect from the extends and include files of its test data (read in
 * place from the shared corpus), test by test.
 */
class ComposeGoCasesTest {

    private static final Path TESTDATA = SharedFolder.resolve("corpus/compose-go/loader/testdata");

    @BeforeEach
    void corpus() {
        SharedFolder.require(TESTDATA);
    }

    private static Project load(String file, Map<String, String> environment) {
        Path path = TESTDATA.resolve(file);
        LoadResult result = ComposeLoader.load(new LoadRequest(List.of(path.getFileName().toString()),
                path.getParent(), environment, List.of(), null, true));
        assertThat(result.diagnostics()).as(file).noneMatch(d -> d.isError());
        return result.project();
    }

    /** TestLoadWithExtends. */
    @Test
    void extendsFromASubfolderKeepsItsEnvFileThere() {
        Service importer = load("compose-test-extends.yaml", Map.of()).services().get("importer");
        assertThat(importer.image()).isEqualTo("nginx");
        assertThat(importer.containerName()).isEqualTo("imported");
        assertThat(importer.process().envFiles()).singleElement()
                .satisfies(file -> assertThat(file.path()).isEqualTo(TESTDATA.resolve("subdir/extra.env")));
        assertThat(importer.process().envFiles().get(0).entries()).containsEntry("SOURCE", "extends");
        assertThat(importer.storage().volumes())
                .extracting(ServiceVolume::type, ServiceVolume::source, ServiceVolume::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceVolume.Type.BIND, "/opt/data", "/var/lib/mysql"));
    }

    /** TestLoadWithExtendsWithContextUrl: a remote build context stays as written. */
    @Test
    void aRemoteBuildContextStaysAsWritten() {
        Service importer = load("compose-test-extends-with-context-url.yaml", Map.of()).services()
                .get("importer-with-https-url");
        assertThat(importer.build().context()).isEqualTo("https://github.com/docker/compose.git");
        assertThat(importer.build().dockerfile()).isEqualTo("Dockerfile");
    }

    /** TestExtendsReset. */
    @Test
    void resetOfTheExtendedServiceRemovesItsCommand() {
        Service base = load("extends/reset.yaml", Map.of()).services().get("base");
        assertThat(base.image()).isEqualTo("alpine:latest");
        assertThat(base.process().command()).isNull();
    }

    /** TestExtendsWithInterpolation. */
    @Test
    void theDefaultOfAVariableApplies() {
        Service foo = load("extends/interpolated.yaml", Map.of()).services().get("foo");
        assertThat(foo.storage().volumes().get(0).source()).isEqualTo("/dev/null");
    }

    /** TestLoadIncludeExtendsCombined: an included file extends a file beside it. */
    @Test
    void anIncludedFileExtendsAFileBesideIt() {
        Service service = load("combined/compose.yaml", Map.of()).services().get("service");
        assertThat(service.build().context()).isEqualTo(TESTDATA.resolve("combined/dir").toString());
    }

    /** TestIncludeRelative. */
    @Test
    void includedPathsAreRelativeToTheIncludedFile() {
        Service included = load("include/compose.yaml", Map.of()).services().get("included");
        assertThat(included.build().context()).isEqualTo(TESTDATA.resolve("include").toString());
        assertThat(included.storage().volumes().get(0).source()).isEqualTo(TESTDATA.resolve("include").toString());
    }

    /** TestIncludeWithProjectDirectory. */
    @Test
    void projectDirectoryOfAnInclude() {
        Service service = load("include/project-directory.yaml", Map.of()).services().get("service");
        assertThat(service.build().context()).isEqualTo(TESTDATA.resolve("subdir").toString());
        assertThat(service.storage().volumes().get(0).source())
                .isEqualTo(TESTDATA.resolve("subdir/compose-test-extends-imported.yaml").toString());
        assertThat(service.process().envFiles().get(0).path()).isEqualTo(TESTDATA.resolve("subdir/extra.env"));
    }

    /** TestLoadWithMultipleInclude: the included file is interpolated with the project's environment. */
    @Test
    void anIncludedFileSeesTheProjectsVariables() {
        Project project = load("compose-include.yaml", Map.of("SOURCE", "override"));
        assertThat(project.services()).containsOnlyKeys("bar", "imported");
        assertThat(project.services().get("imported").containerName()).isEqualTo("override");
        assertThat(load("compose-include.yaml", Map.of()).services().get("imported").containerName())
                .isEqualTo("imported");
    }

    /** The nested extends of extends/withdir. */
    @Test
    void extendsThroughTwoFiles() {
        assertThat(load("extends/withdir/compose.yaml", Map.of()).services().get("test").image())
                .isEqualTo("hello-world");
    }

    /** TestLoadWithRemoteResources, read from its folder: the env file and the bind mount are beside it. */
    @Test
    void envFileAndBindMountBesideTheFile() {
        Service foo = load("remote/compose.yaml", Map.of()).services().get("foo");
        assertThat(foo.process().envFiles().get(0).entries()).containsEntry("FOO", "BAR");
        assertThat(foo.storage().volumes().get(0).source()).isEqualTo(TESTDATA.resolve("remote").toString());
    }
}
