package io.jkompose.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    /** Codes for these tests; each module keeps its real ones in an enum of its own. */
    private enum TestCode implements DiagnosticCode {
        A("test-a"), B("test-b");

        private final String id;

        TestCode(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String meaning() {
            return "a code for the tests";
        }
    }

    @Test
    void formatsLikeACompiler() {
        Diagnostic d = Diagnostic.error("bad", SourceLocation.of("compose.yaml", 3, 7), "port is bad", "use 80:80");
        assertThat(d.format()).isEqualTo("compose.yaml:3:7: error: port is bad (use 80:80)");
        assertThat(Diagnostic.warning("w", SourceLocation.file("a.env"), "odd", null).format())
                .isEqualTo("a.env: warning: odd");
        assertThat(Diagnostic.warning("w", SourceLocation.NONE, "odd", " ").format()).isEqualTo("jkompose: warning: odd");
    }

    @Test
    void sourceOrderKeepsFilesInFirstSeenOrderThenLineAndColumn() {
        Diagnostics all = new Diagnostics();
        all.warn(TestCode.A, SourceLocation.of("b.yaml", 9, 1), "b9");
        all.error(TestCode.B, SourceLocation.of("a.yaml", 5, 3), "a5c3");
        all.warn(TestCode.A, SourceLocation.of("b.yaml", 2, 4), "b2");
        all.warn(TestCode.A, SourceLocation.of("a.yaml", 5, 1), "a5c1");
        all.warn(TestCode.A, SourceLocation.NONE, "none");
        all.warn(TestCode.A, SourceLocation.of("b.yaml", 2, 4), "b2-second");
        assertThat(all.inSourceOrder()).extracting(Diagnostic::message)
                .containsExactly("none", "b2", "b2-second", "b9", "a5c1", "a5c3");
        assertThat(all.hasErrors()).isTrue();
    }

    @Test
    void aDiagnosticCarriesTheIdOfItsCode() {
        Diagnostics all = new Diagnostics();
        all.warn(TestCode.A, SourceLocation.NONE, "w");
        all.error(TestCode.B, SourceLocation.NONE, "e", "fix it");
        assertThat(all.all()).extracting(Diagnostic::code).containsExactly("test-a", "test-b");
        assertThat(all.all()).extracting(Diagnostic::hint).containsExactly(null, "fix it");
    }
}
