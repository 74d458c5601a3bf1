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
import java.util.HashMap;
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
 * <p><b>Two suites.</b> The Kubernetes cases ({@code ../shared/corpus/kompose}, deviations in
 * {@code kompose-deviations/}, pending list {@code kompose-pending.yaml}) and the OpenShift ones
 * ({@code ../shared/corpus/kompose-openshift}, run with {@code --provider openshift}; deviations in
 * {@code kompose-openshift-deviations/}, pending list {@code kompose-openshift-pending.yaml}) follow
 * the same rules. k8s-validate knows no OpenShift kinds: their objects are checked by
 * {@link OpenShiftObjects} instead (see {@link ManifestTools#validate}).
 *
 * <p>The last lines of the run are a summary per suite:
 * {@code kompose compatibility (SUITE): P passed (E equal, D with documented deviations), S pending, F failed, of N}.
 */
class KomposeCompatibilityTest {

    /** A corpus of kompose cases with its own deviation files and pending list. */
    enum Suite {
        KUBERNETES("kubernetes", "corpus/kompose", "kompose-deviations", "kompose-pending.yaml"),
        OPENSHIFT("openshift", "corpus/kompose-openshift", "kompose-openshift-deviations", "kompose-openshift-pending.yaml");

        private final String title;
        private final String corpus;
        private final String deviations;
        private final String pending;

        Suite(String title, String corpus, String deviations, String pending) {
            this.title = title;
            this.corpus = corpus;
            this.deviations = deviations;
            this.pending = pending;
        }

        Path corpus() {
            return SharedFolder.resolve(corpus);
        }

        Path deviationsFolder() {
            return ModuleFolder.testResources().resolve(deviations);
        }

        Path pendingFile() {
            return ModuleFolder.testResources().resolve(pending);
        }

        List<KomposeCase> cases() {
            return KomposeCase.load(corpus().resolve("cases.json"));
        }
    }

    /** How the cases of one suite came out. */
    private static final class Tally {
        final Map<CompatibilityOutcome.Kind, Integer> passed = new EnumMap<>(CompatibilityOutcome.Kind.class);
        final Set<String> pending = new TreeSet<>();
        final Set<String> failed = new TreeSet<>();
        int total;
    }

    private static final Map<Suite, Tally> TALLIES = new HashMap<>();

    static Path corpus() {
        return Suite.KUBERNETES.corpus();
    }

    static Path deviationsFolder() {
        return Suite.KUBERNETES.deviationsFolder();
    }

    static Path pendingFile() {
        return Suite.KUBERNETES.pendingFile();
    }

    static List<KomposeCase> cases() {
        return Suite.KUBERNETES.cases();
    }

    @BeforeAll
    static void resetTally() {
        TALLIES.clear();
    }

    @TestFactory
    Stream<DynamicTest> komposeCases() {
        return cases(Suite.KUBERNETES);
    }

    @TestFactory
    Stream<DynamicTest> komposeOpenShiftCases() {
        return cases(Suite.OPENSHIFT);
    }

    private static Stream<DynamicTest> cases(Suite suite) {
        List<KomposeCase> cases = suite.cases();
        assertThat(cases).as("cases of %s", suite.corpus().resolve("cases.json")).isNotEmpty();
        Tally tally = new Tally();
        TALLIES.put(suite, tally);
        tally.total = cases.size();
        Map<String, String> pending = PendingCases.load(suite.pendingFile());
        CompatibilityCheck check = new CompatibilityCheck(suite.corpus());
        return cases.stream().map(komposeCase -> dynamicTest(komposeCase.id(),
                () -> run(suite, tally, check, komposeCase, pending.get(komposeCase.id()))));
    }

    private static void run(Suite suite, Tally tally, CompatibilityCheck check, KomposeCase komposeCase,
            String pendingReason) throws IOException {
        List<Deviation> deviations = Deviation.load(suite.deviationsFolder().resolve(komposeCase.id() + ".yaml"));
        CompatibilityOutcome outcome = check.check(komposeCase, deviations);
        if (pendingReason != null) {
            if (outcome.passed()) {
                tally.failed.add(komposeCase.id());
                fail(komposeCase.id() + " passes now (" + outcome.kind() + "): remove it from " + suite.pendingFile());
            }
            tally.pending.add(komposeCase.id());
            Assumptions.abort("pending: " + pendingReason + "\n" + outcome.detail());
        }
        if (!outcome.passed()) {
            tally.failed.add(komposeCase.id());
            fail(komposeCase.id() + ": " + outcome.detail());
        }
        tally.passed.merge(outcome.kind(), 1, Integer::sum);
    }

    /** The pending lists and the deviation files name only cases that exist in their suite. */
    @Test
    void pendingListAndDeviationsNameKnownCases() {
        for (Suite suite : Suite.values()) {
            Set<String> ids = suite.cases().stream().map(KomposeCase::id).collect(Collectors.toSet());
            assertThat(PendingCases.load(suite.pendingFile()).keySet()).as("ids in %s", suite.pendingFile())
                    .allSatisfy(id -> assertThat(ids).contains(id));
            List<String> deviationIds = new ArrayList<>();
            if (Files.isDirectory(suite.deviationsFolder())) {
                try (Stream<Path> files = Files.list(suite.deviationsFolder())) {
                    files.map(file -> file.getFileName().toString())
                            .forEach(name -> deviationIds.add(name.endsWith(".yaml")
                                    ? name.substring(0, name.length() - ".yaml".length())
                                    : name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            assertThat(deviationIds).as("deviation files (<case-id>.yaml) in %s", suite.deviationsFolder())
                    .allSatisfy(id -> assertThat(ids).contains(id));
        }
    }

    @AfterAll
    static void printSummary() {
        for (Suite suite : Suite.values()) {
            Tally tally = TALLIES.get(suite);
            if (tally == null) {
                continue;
            }
            int equal = tally.passed.getOrDefault(CompatibilityOutcome.Kind.EQUAL, 0);
            int documented = tally.passed.getOrDefault(CompatibilityOutcome.Kind.DOCUMENTED, 0);
            System.err.printf("kompose compatibility (%s): %d passed (%d equal, %d with documented deviations), "
                    + "%d pending, %d failed, of %d%n", suite.title, equal + documented, equal, documented,
                    tally.pending.size(), tally.failed.size(), tally.total);
            if (!tally.failed.isEmpty()) {
                System.err.println("kompose compatibility (" + suite.title + "): failed: "
                        + String.join(", ", tally.failed));
            }
        }
    }
}
