package io.jkompose.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the diagnostics of one stage, in the order they were found. Not thread-safe: work split
 * over threads gives each part its own, merged in order with {@link #addAll(Diagnostics)}.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    /** The key of each diagnostic said once per conversion ({@link #addOnce}), by its index in items. */
    private final Map<Integer, String> onceKeys = new HashMap<>();
    private final Set<String> said = new HashSet<>();

    /** An empty collection. */
    public Diagnostics() {
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /**
     * Adds a diagnostic said once per conversion however many parts find it (a volume several
     * services share, say): only the first with its key is kept, here and when merged.
     */
    public void addOnce(String key, Diagnostic diagnostic) {
        if (said.add(key)) {
            onceKeys.put(items.size(), key);
            items.add(diagnostic);
        }
    }

    /**
     * Adds what a part of the work found, in its order. A diagnostic said once is dropped when one
     * with its key is here already: merged in the parts' order, what is kept is what one collector,
     * filled part after part, would have kept.
     */
    public void addAll(Diagnostics part) {
        for (int i = 0; i < part.items.size(); i++) {
            String key = part.onceKeys.get(i);
            if (key == null) {
                add(part.items.get(i));
            } else {
                addOnce(key, part.items.get(i));
            }
        }
    }

    public void error(DiagnosticCode code, SourceLocation location, String message) {
        error(code, location, message, null);
    }

    public void error(DiagnosticCode code, SourceLocation location, String message, String hint) {
        add(Diagnostic.error(code.id(), location, message, hint));
    }

    public void warn(DiagnosticCode code, SourceLocation location, String message) {
        warn(code, location, message, null);
    }

    public void warn(DiagnosticCode code, SourceLocation location, String message, String hint) {
        add(Diagnostic.warning(code.id(), location, message, hint));
    }

    /** A warning said once per conversion, however many parts find it: see {@link #addOnce}. */
    public void warnOnce(String key, DiagnosticCode code, SourceLocation location, String message, String hint) {
        addOnce(key, Diagnostic.warning(code.id(), location, message, hint));
    }

    /** Something jkompose decided on its own that the user may want to know; never a problem. */
    public void info(DiagnosticCode code, SourceLocation location, String message, String hint) {
        add(Diagnostic.info(code.id(), location, message, hint));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    /**
     * A snapshot in source order: files in the order they first appear, then by line and column.
     * Stable, so diagnostics at the same place keep the order they were found in; diagnostics
     * without a location stay in front, where the user sees them first.
     */
    public List<Diagnostic> inSourceOrder() {
        java.util.Map<String, Integer> fileOrder = new java.util.HashMap<>();
        for (Diagnostic d : items) {
            fileOrder.putIfAbsent(d.location().file(), fileOrder.size());
        }
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator
                .comparingInt((Diagnostic d) -> d.location().isKnown() ? 1 : 0)
                .thenComparingInt(d -> fileOrder.get(d.location().file()))
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(sorted);
    }

    /** A snapshot, for results that outlive the collector. */
    public List<Diagnostic> toList() {
        return List.copyOf(items);
    }
}
