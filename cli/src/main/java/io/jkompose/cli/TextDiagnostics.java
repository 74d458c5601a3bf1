package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --diagnostics text}, the default: one compiler-style line each ({@code file:line:column: warning: ...}).
 *
 * <p>One line per cause, not per service: warnings and information that say the same thing of
 * several services (the same code and text but for the service's name) are shown as one line at the
 * first place, naming the services; {@code -v} shows each one at its own place.
 */
final class TextDiagnostics implements DiagnosticSink {

    /** The part of a message that names the service it is about. */
    private static final Pattern SERVICE = Pattern.compile("service '([^']*)'");
    /** From this many alike lines on, they are shown as one. */
    private static final int GROUP_FROM = 3;

    private final PrintWriter out;
    private final boolean everyPlace;

    /** @param everyPlace show each diagnostic at its own place ({@code -v}), not alike ones as one line */
    TextDiagnostics(PrintWriter out, boolean everyPlace) {
        this.out = out;
        this.everyPlace = everyPlace;
    }

    @Override
    public void write(List<Diagnostic> diagnostics) {
        Map<Diagnostic, List<Diagnostic>> alike = everyPlace ? Map.of() : alike(diagnostics);
        for (Diagnostic diagnostic : diagnostics) {
            List<Diagnostic> group = alike.get(diagnostic);
            if (group == null) {
                out.println(diagnostic.format());
            } else if (group.get(0) == diagnostic) {
                out.println(grouped(group));
            }
        }
    }

    /**
     * For each warning or info in a group of at least {@link #GROUP_FROM} that are alike but for the
     * service they name, its group (in order); the others are not in the map.
     */
    private static Map<Diagnostic, List<Diagnostic>> alike(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byKey = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String key = diagnostic.isError() ? null : key(diagnostic);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(diagnostic);
            }
        }
        Map<Diagnostic, List<Diagnostic>> groups = new IdentityHashMap<>();
        byKey.values().stream().filter(group -> group.size() >= GROUP_FROM)
                .forEach(group -> group.forEach(member -> groups.put(member, group)));
        return groups;
    }

    /** Severity, code, text and hint with the one service name masked; null when the text names no single service. */
    private static String key(Diagnostic diagnostic) {
        Matcher matcher = SERVICE.matcher(diagnostic.message());
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1);
        String masked = diagnostic.message().substring(0, matcher.start()) + "service *"
                + diagnostic.message().substring(matcher.end());
        if (matcher.find()) {
            return null; // about two services: not one cause for many
        }
        String hint = diagnostic.hint() == null ? "" : diagnostic.hint().replace("'" + name + "'", "'*'");
        return String.join("\n", diagnostic.severity().name(), diagnostic.code(), masked, hint);
    }

    private static String serviceOf(Diagnostic diagnostic) {
        Matcher matcher = SERVICE.matcher(diagnostic.message());
        return matcher.find() ? matcher.group(1) : "";
    }

    /** One line for the group: at the first place, naming every service (the rest with -v). */
    private static String grouped(List<Diagnostic> group) {
        Diagnostic first = group.get(0);
        List<String> names = group.stream().map(TextDiagnostics::serviceOf).distinct().toList();
        List<String> shown = names.size() <= 8 ? names : names.subList(0, 8);
        String services = names.size() + " services ('" + String.join("', '", shown) + "'"
                + (names.size() > shown.size() ? ", and " + (names.size() - shown.size()) + " more" : "") + ")";
        Diagnostic one = new Diagnostic(first.severity(), first.code(), first.location(),
                SERVICE.matcher(first.message()).replaceFirst(Matcher.quoteReplacement(services)),
                first.hint() == null ? "-v shows each place" : first.hint() + "; -v shows each place");
        return one.format();
    }
}
