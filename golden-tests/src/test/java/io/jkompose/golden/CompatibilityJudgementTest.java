package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule by which k8s-diff lines and deviation files decide a kompose case. */
class CompatibilityJudgementTest {

    private static final CliResult QUIET = new CliResult(0, "", "");
    private static final String ARGS_LINE =
            "Deployment/web.spec.template.spec.containers[0].args: expected [\"a\"] got [\"b\"]";
    private static final String MISSING_OBJECT = "Service/front_end: missing object";

    @Test
    void noDifferenceAndNoDeviationIsEqual() {
        assertThat(CompatibilityCheck.judge(List.of(), List.of(), QUIET).kind())
                .isEqualTo(CompatibilityOutcome.Kind.EQUAL);
    }

    @Test
    void differencesExactlyCoveredAreDocumented() {
        List<Deviation> deviations = List.of(
                new Deviation("Deployment/web.spec.template.spec.containers[0].args", "kompose drops the shell"),
                new Deviation("Service/front_end", "an API server rejects the name"));
        assertThat(CompatibilityCheck.judge(List.of(ARGS_LINE, MISSING_OBJECT), deviations, QUIET).kind())
                .isEqualTo(CompatibilityOutcome.Kind.DOCUMENTED);
    }

    @Test
    void aParentPathCoversNothing() {
        List<Deviation> deviations = List.of(new Deviation("Deployment/web.spec.template.spec", "too broad"));
        CompatibilityOutcome outcome = CompatibilityCheck.judge(List.of(ARGS_LINE), deviations, QUIET);
        assertThat(outcome.kind()).isEqualTo(CompatibilityOutcome.Kind.FAILED);
        assertThat(outcome.detail()).contains("no deviation explains", ARGS_LINE, "no longer occur",
                "Deployment/web.spec.template.spec");
    }

    @Test
    void aLongerPathWithTheSamePrefixIsNotCovered() {
        List<Deviation> deviations = List.of(new Deviation("Service/front", "prefix of another name"));
        assertThat(CompatibilityCheck.judge(List.of(MISSING_OBJECT), deviations, QUIET).kind())
                .isEqualTo(CompatibilityOutcome.Kind.FAILED);
    }

    @Test
    void aDeviationThatNoLongerOccursFails() {
        List<Deviation> deviations = List.of(new Deviation("Service/front_end", "fixed since"));
        CompatibilityOutcome outcome = CompatibilityCheck.judge(List.of(), deviations, QUIET);
        assertThat(outcome.kind()).isEqualTo(CompatibilityOutcome.Kind.FAILED);
        assertThat(outcome.detail()).contains("1 listed deviations no longer occur", "Service/front_end");
    }
}
