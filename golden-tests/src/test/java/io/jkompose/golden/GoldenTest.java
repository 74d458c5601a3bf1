package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every folder below {@code src/test/resources/golden} that holds an
 * {@code args} file is one case (see {@link GoldenCase} for its layout, {@link GoldenCaseRun} for
 * how it runs). With {@code -Djkompose.golden.update=true} each case rewrites its
 * {@code expected/} from the actual run instead of comparing; review the diff before committing.
 * {@code -Djkompose.golden.only=network/} runs (or rewrites) only the cases whose name starts so.
 */
class GoldenTest {

    static Path corpusRoot() {
        return ModuleFolder.testResources().resolve("golden");
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<GoldenCase> cases = GoldenCase.findAll(corpusRoot());
        assertThat(cases).as("golden cases under %s", corpusRoot()).isNotEmpty();
        String only = System.getProperty("jkompose.golden.only", "");
        return cases.stream().filter(goldenCase -> goldenCase.name().startsWith(only)).map(goldenCase -> dynamicTest(goldenCase.name(), goldenCase.folder().toUri(),
                () -> new GoldenCaseRun(goldenCase).check()));
    }
}
