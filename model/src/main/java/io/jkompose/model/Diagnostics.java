package io.jkompose.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one stage, in the order they were found. Not thread-safe. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    /** An empty collection. */
    public Diagnostics() {
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
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
