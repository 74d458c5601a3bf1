package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticReporterTest {

    private static final Diagnostic UNKNOWN_KEY = Diagnostic.warning("unknown-key",
            SourceLocation.of("compose.yaml", 4, 5), "unknown key 'imagee'", "did you mean 'image'?");
    private static final Diagnostic BAD_PORT = Diagnostic.error("invalid-port",
            SourceLocation.of("compose.yaml", 7, 9), "port 70000 is out of range", null);
    private static final Diagnostic UNSUPPORTED = Diagnostic.warning("unsupported",
            SourceLocation.of("compose.override.yaml", 2, 3), "'build' is ignored", null);

    private final StringWriter err = new StringWriter();

    private DiagnosticReporter reporter(boolean suppressWarnings, boolean errorOnWarning) {
        return new DiagnosticReporter(new PrintWriter(err, true), suppressWarnings, errorOnWarning);
    }

    private List<String> lines() {
        return err.toString().lines().toList();
    }

    @Test
    void printsEveryDiagnosticInOrderOneLineEach() {
        boolean goOn = reporter(false, false).report(List.of(UNKNOWN_KEY, BAD_PORT, UNSUPPORTED));

        assertThat(goOn).isFalse();
        assertThat(lines()).containsExactly(
                "compose.yaml:4:5: warning: unknown key 'imagee' (did you mean 'image'?)",
                "compose.yaml:7:9: error: port 70000 is out of range",
                "compose.override.yaml:2:3: warning: 'build' is ignored");
    }

    @Test
    void warningsAloneLetTheCommandGoOn() {
        assertThat(reporter(false, false).report(List.of(UNKNOWN_KEY, UNSUPPORTED))).isTrue();
        assertThat(lines()).hasSize(2);
    }

    @Test
    void suppressWarningsHidesWarningsButNotErrors() {
        DiagnosticReporter reporter = reporter(true, false);

        assertThat(reporter.report(List.of(UNKNOWN_KEY, UNSUPPORTED))).isTrue();
        assertThat(err.toString()).isEmpty();
        assertThat(reporter.report(List.of(UNKNOWN_KEY, BAD_PORT))).isFalse();
        assertThat(lines()).containsExactly("compose.yaml:7:9: error: port 70000 is out of range");
    }

    @Test
    void errorOnWarningStopsOnAnyWarningAndSaysWhy() {
        boolean goOn = reporter(false, true).report(List.of(UNKNOWN_KEY, UNSUPPORTED));

        assertThat(goOn).isFalse();
        assertThat(lines()).containsExactly(
                "compose.yaml:4:5: warning: unknown key 'imagee' (did you mean 'image'?)",
                "compose.override.yaml:2:3: warning: 'build' is ignored",
                "jkompose: error: 2 warnings treated as errors (--error-on-warning)");
    }

    @Test
    void errorOnWarningCountsInTheSingular() {
        reporter(false, true).report(List.of(UNSUPPORTED));

        assertThat(lines()).last().isEqualTo("jkompose: error: 1 warning treated as an error (--error-on-warning)");
    }

    @Test
    void errorOnWarningWithoutWarningsGoesOn() {
        assertThat(reporter(false, true).report(List.of())).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDiagnosticWithoutLocationNamesTheTool() {
        reporter(false, false).report(List.of(Diagnostic.error("no-file", null, "no compose file found",
                "run in a folder with compose.yaml or use -f")));

        assertThat(lines()).containsExactly(
                "jkompose: error: no compose file found (run in a folder with compose.yaml or use -f)");
    }

    private static Diagnostic linksOf(String service, int line) {
        return Diagnostic.warning("unconverted-value", SourceLocation.of("compose.yaml", line, 5),
                "links of service '" + service + "' are not converted", "call '" + service + "' by its name");
    }

    @Test
    void theSameWarningForThreeOrMoreServicesIsOneLineNamingThemAndVerboseShowsEachPlace() {
        List<Diagnostic> diagnostics = List.of(linksOf("a", 3), UNKNOWN_KEY, linksOf("b", 6), linksOf("c", 9),
                Diagnostic.warning("other", SourceLocation.of("compose.yaml", 12, 5), "service 'd' is odd", null));

        assertThat(reporter(false, false).report(diagnostics)).isTrue();
        assertThat(lines()).containsExactly(
                "compose.yaml:3:5: warning: links of 3 services ('a', 'b', 'c') are not converted "
                        + "(call '*' by its name; -v shows each place)".replace("'*'", "'a'"),
                "compose.yaml:4:5: warning: unknown key 'imagee' (did you mean 'image'?)",
                "compose.yaml:12:5: warning: service 'd' is odd");

        StringWriter verbose = new StringWriter();
        new DiagnosticReporter(new PrintWriter(verbose, true), false, false, true).report(diagnostics);
        assertThat(verbose.toString().lines()).hasSize(5);
    }

    @Test
    void twoAlikeWarningsStayTwoLinesAndErrorOnWarningCountsEachOne() {
        List<Diagnostic> diagnostics = List.of(linksOf("a", 3), linksOf("b", 6), linksOf("c", 9));
        assertThat(reporter(false, false).report(diagnostics.subList(0, 2))).isTrue();
        assertThat(lines()).hasSize(2);
        err.getBuffer().setLength(0);
        assertThat(reporter(false, true).report(diagnostics)).isFalse();
        assertThat(lines()).last().isEqualTo("jkompose: error: 3 warnings treated as errors (--error-on-warning)");
    }
}
