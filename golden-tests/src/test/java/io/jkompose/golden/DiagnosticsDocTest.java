package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.cli.DiagnosticCodes;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.DiagnosticCode;
import io.jkompose.parser.ParserCode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/diagnostics.md} and the code catalogs ({@code ParserCode}, {@code ConverterCode}) in step:
 * every code has one {@code ### code} section that says what it means and how to fix it, and every such
 * section names a code. (SARIF's helpUri points at these sections.)
 */
class DiagnosticsDocTest {

    private Set<String> codes;
    private Map<String, String> sections;
    private List<String> headings;

    @BeforeEach
    void read() throws Exception {
        codes = new TreeSet<>();
        Stream.concat(Stream.of(ParserCode.values()), Stream.of(ConverterCode.values()))
                .map(DiagnosticCode::id).forEach(codes::add);
        headings = new ArrayList<>();
        sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(ExamplesTest.projectRoot().resolve("docs/diagnostics.md"))) {
            if (line.startsWith("#")) {
                if (current != null) {
                    sections.put(current, text.toString());
                }
                current = line.startsWith("### ") ? line.substring(4).trim() : null;
                if (current != null) {
                    headings.add(current);
                }
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, text.toString());
        }
    }

    @Test
    void thereAreCodesAndSections() {
        // guards the tests below against reading nothing
        assertThat(codes).hasSizeGreaterThan(50).contains("unknown-key", "implicit-port");
        assertThat(headings).hasSizeGreaterThan(50);
    }

    @Test
    void everyCodeHasASection() {
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(headings);
        assertThat(missing).as("codes without a ### section in docs/diagnostics.md").isEmpty();
    }

    @Test
    void everySectionNamesACodeOnce() {
        Set<String> notCodes = new TreeSet<>(headings);
        notCodes.removeAll(codes);
        assertThat(notCodes).as("### sections of docs/diagnostics.md that name no code").isEmpty();
        assertThat(headings).as("sections given twice").doesNotHaveDuplicates();
    }

    @Test
    void everySectionSaysWhatItMeansAndHowToFixIt() {
        Set<String> thin = new TreeSet<>();
        sections.forEach((code, text) -> {
            int fix = text.indexOf("**Fix:**");
            if (fix < 0 || text.substring(0, fix).isBlank() || text.substring(fix + 8).isBlank()) {
                thin.add(code);
            }
        });
        assertThat(thin).as("sections without a meaning and a **Fix:** line").isEmpty();
    }

    @Test
    void theCliKnowsTheSameCodes() {
        // --warnings-as-errors accepts and SARIF describes the codes of DiagnosticCodes
        assertThat(DiagnosticCodes.ids()).containsExactlyElementsOf(codes);
    }
}
