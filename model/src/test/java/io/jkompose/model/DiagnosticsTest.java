package io.jkompose.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {

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
        all.warn("a", SourceLocation.of("b.yaml", 9, 1), "b9");
        all.error("b", SourceLocation.of("a.yaml", 5, 3), "a5c3");
        all.warn("c", SourceLocation.of("b.yaml", 2, 4), "b2");
        all.warn("d", SourceLocation.of("a.yaml", 5, 1), "a5c1");
        all.warn("e", SourceLocation.NONE, "none");
        all.warn("f", SourceLocation.of("b.yaml", 2, 4), "b2-second");
        assertThat(all.inSourceOrder()).extracting(Diagnostic::message)
                .containsExactly("none", "b2", "b2-second", "b9", "a5c1", "a5c3");
        assertThat(all.hasErrors()).isTrue();
    }
}
