package io.jkompose.cli;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.DiagnosticCode;
import io.jkompose.parser.ParserCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every diagnostic code jkompose gives, from the catalogs of the parser and the converters. Two
 * modules may give the same code (say {@code invalid-value}); it is one code, with each meaning.
 */
public final class DiagnosticCodes {

    /** Code to its meanings, sorted by code. */
    private static final Map<String, List<String>> MEANINGS = read();

    private DiagnosticCodes() {
    }

    private static Map<String, List<String>> read() {
        List<DiagnosticCode> all = new ArrayList<>(List.of(ParserCode.values()));
        all.addAll(List.of(ConverterCode.values()));
        Map<String, List<String>> meanings = new TreeMap<>();
        for (DiagnosticCode code : all) {
            meanings.computeIfAbsent(code.id(), id -> new ArrayList<>()).add(code.meaning());
        }
        meanings.replaceAll((id, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(meanings);
    }

    /** The codes, sorted. */
    public static List<String> ids() {
        return List.copyOf(MEANINGS.keySet());
    }

    public static boolean isKnown(String id) {
        return MEANINGS.containsKey(id);
    }

    /** What the code means, one sentence per module that gives it; empty for an unknown code. */
    public static String meaning(String id) {
        List<String> meanings = MEANINGS.getOrDefault(id, List.of());
        return meanings.size() == 1 ? meanings.get(0) : String.join("; or ", meanings);
    }
}
