package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * kompose's own golden cases ({@code ../shared/corpus/kompose/cases.json}), run with jkompose and
 * compared with kompose's expected output semantically, one dynamic test per case.
 *
 * <p><b>Running a case.</b> {@code JKompose.run} in-process, working folder
 * {@code ../shared/corpus/kompose} (read-only; every case uses {@code --stdout}), environment
 * exactly the case's {@code env}, arguments {@code convert}, {@code -f <input>} for each input,
 * then the case's flags. The run must exit 0 and print manifests that pass {@code k8s-validate}
 * (kompose's expectations never excuse an object an API server would reject).
 *
 * <p><b>Comparing.</b> {@code k8s-diff EXPECTED ACTUAL} prints one line per difference, each
 * {@code <Kind>/<name>[.<dotted.path>]: <what>}. A case is <i>equal</i> when there is none.
 * Otherwise it passes <i>with documented deviations</i> when
 * {@code src/test/resources/kompose-deviations/<case-id>.yaml}, a YAML list of
 * {@code {path, why}}, explains them exactly:
 * <ul>
 *   <li>a deviation covers a difference line when the line starts with the deviation's
 *       {@code path} immediately followed by {@code :} — that is, the deviation names the very
 *       path k8s-diff reports (an object, {@code Service/front_end}, for a missing or unexpected
 *       object; a field, {@code Deployment/web.spec.template.spec.containers[0].args}, for a
 *       value), never a parent of it;</li>
 *   <li>every difference line must be covered by at least one deviation, and every deviation
 *       must cover at least one line: a deviation that no longer occurs fails the case, so the
 *       files stay exact.</li>
 * </ul>
 * Deviations are only for places where kompose is wrong.
 *
 * <p><b>Pending.</b> {@code src/test/resources/kompose-pending.yaml} maps the ids of cases that
 * need what the project does not cover yet to the reason. Such a case still runs: when it does
 * not pass it is reported as skipped with the reason; when it passes the test fails and asks to
 * take it off the list, so the list stays honest.
 *
 * <p>The last line of the run is a summary:
 * {@code kompose compatibility: P passed (E equal, D with documented deviations), S pending, F failed, of N}.
 */
class KomposeCompatibilityTest {

    private static final Map<CompatibilityOutcome.Kind, Integer> PASSED = new EnumMap<>(
            CompatibilityOutcome.Kind.class);
    private static final Set<String> PENDING = new TreeSet<>();
    private static final Set<String> FAILED = new TreeSet<>();
    private static int total;

    static Path corpus() {
        return SharedFolder.resolve("corpus/kompose");
    }

    static Path deviationsFolder() {
        return ModuleFolder.testResources().resolve("kompose-deviations");
    }

    static Path pendingFile() {
        return ModuleFolder.testResources().resolve("kompose-pending.yaml");
    }

    static List<KomposeCase> cases() {
        return KomposeCase.load(corpus().resolve("cases.json"));
    }

    @BeforeAll
    static void resetTally() {
        PASSED.clear();
        PENDING.clear();
        FAILED.clear();
        total = 0;
    }

    @TestFactory
    Stream<DynamicTest> komposeCases() {
        List<KomposeCase> cases = cases();
        assertThat(cases).as("cases of %s", corpus().resolve("cases.json")).isNotEmpty();
        total = cases.size();
        Map<String, String> pending = PendingCases.load(pendingFile());
        CompatibilityCheck check = new CompatibilityCheck(corpus());
        return cases.stream().map(komposeCase -> dynamicTest(komposeCase.id(),
                () -> run(check, komposeCase, pending.get(komposeCase.id()))));
    }

    private static void run(CompatibilityCheck check, KomposeCase komposeCase, String pendingReason)
            throws IOException {
        List<Deviation> deviations = Deviation.load(deviationsFolder().resolve(komposeCase.id() + ".yaml"));
        CompatibilityOutcome outcome = check.check(komposeCase, deviations);
        if (pendingReason != null) {
            if (outcome.passed()) {
                FAILED.add(komposeCase.id());
                fail(komposeCase.id() + " passes now (" + outcome.kind() + "): remove it from " + pendingFile());
            }
            PENDING.add(komposeCase.id());
            Assumptions.abort("pending: " + pendingReason + "\n" + outcome.detail());
        }
        if (!outcome.passed()) {
            FAILED.add(komposeCase.id());
            fail(komposeCase.id() + ": " + outcome.detail());
        }
        PASSED.merge(outcome.kind(), 1, Integer::sum);
    }

    /** The pending list and the deviation files name only cases that exist. */
    @Test
    void pendingListAndDeviationsNameKnownCases() {
        Set<String> ids = cases().stream().map(KomposeCase::id).collect(Collectors.toSet());
        assertThat(PendingCases.load(pendingFile()).keySet()).as("ids in %s", pendingFile())
                .allSatisfy(id -> assertThat(ids).contains(id));
        List<String> deviationIds = new ArrayList<>();
        if (Files.isDirectory(deviationsFolder())) {
            try (Stream<Path> files = Files.list(deviationsFolder())) {
                files.map(file -> file.getFileName().toString())
                        .forEach(name -> deviationIds.add(name.endsWith(".yaml")
                                ? name.substring(0, name.length() - ".yaml".length())
                                : name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(deviationIds).as("deviation files (<case-id>.yaml) in %s", deviationsFolder())
                .allSatisfy(id -> assertThat(ids).contains(id));
    }

    @AfterAll
    static void printSummary() {
        int equal = PASSED.getOrDefault(CompatibilityOutcome.Kind.EQUAL, 0);
        int documented = PASSED.getOrDefault(CompatibilityOutcome.Kind.DOCUMENTED, 0);
        System.err.printf("kompose compatibility: %d passed (%d equal, %d with documented deviations), "
                + "%d pending, %d failed, of %d%n", equal + documented, equal, documented, PENDING.size(),
                FAILED.size(), total);
        if (!FAILED.isEmpty()) {
            System.err.println("kompose compatibility: failed: " + String.join(", ", FAILED));
        }
    }
}
