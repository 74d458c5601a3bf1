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

    @Test
    void aDiagnosticSaidOnceIsKeptWhereTheFirstPartMergedInOrderSaidIt() {
        SourceLocation first = SourceLocation.of("compose.yaml", 3, 3);
        SourceLocation second = SourceLocation.of("compose.yaml", 9, 3);
        Diagnostics one = new Diagnostics();
        one.warn(TestCode.A, first, "one's own");
        one.warnOnce("shared", TestCode.B, first, "shared, said by one", null);
        one.warnOnce("shared", TestCode.B, first, "shared, said by one again", null);
        one.warn(TestCode.A, first, "one's last");
        Diagnostics two = new Diagnostics();
        two.warnOnce("shared", TestCode.B, second, "shared, said by two", null);
        two.warn(TestCode.A, second, "two's own");

        Diagnostics merged = new Diagnostics();
        merged.addAll(one);
        merged.addAll(two);
        merged.warnOnce("shared", TestCode.B, second, "shared, said after the parts", null);

        assertThat(one.all()).extracting(Diagnostic::message)
                .containsExactly("one's own", "shared, said by one", "one's last");
        assertThat(merged.all()).extracting(Diagnostic::message)
                .containsExactly("one's own", "shared, said by one", "one's last", "two's own");

        Diagnostics reversed = new Diagnostics();
        reversed.addAll(two);
        reversed.addAll(one);
        assertThat(reversed.all()).extracting(Diagnostic::message)
                .containsExactly("shared, said by two", "two's own", "one's own", "one's last");
    }
}
