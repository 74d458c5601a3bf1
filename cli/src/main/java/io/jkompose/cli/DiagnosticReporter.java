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
 * Shows the diagnostics of the loader and the converter on stderr, one compiler-style line each,
 * in the order they were found, and decides whether the command may go on.
 *
 * <p>{@code --suppress-warnings} hides warnings and information; {@code --error-on-warning} makes any warning stop
 * the command. The two together make no sense, so the command line rejects that combination.
 *
 * <p>One line per cause, not per service: warnings and information that say the same thing of
 * several services (the same code and text but for the service's name) are shown as one line at the
 * first place, naming the services; {@code -v} shows each one at its own place.
 */
public final class DiagnosticReporter {

    private final PrintWriter err;
    private final boolean suppressWarnings;
    private final boolean errorOnWarning;
    private final boolean everyPlace;

    /** The part of a message that names the service it is about. */
    private static final Pattern SERVICE = Pattern.compile("service '([^']*)'");
    /** From this many alike lines on, they are shown as one. */
    private static final int GROUP_FROM = 3;

    public DiagnosticReporter(PrintWriter err, boolean suppressWarnings, boolean errorOnWarning) {
        this(err, suppressWarnings, errorOnWarning, false);
    }

    /** @param everyPlace show each diagnostic at its own place ({@code -v}), not alike ones as one line */
    public DiagnosticReporter(PrintWriter err, boolean suppressWarnings, boolean errorOnWarning, boolean everyPlace) {
        this.err = err;
        this.suppressWarnings = suppressWarnings;
        this.errorOnWarning = errorOnWarning;
        this.everyPlace = everyPlace;
    }

    /**
     * Prints what the options let through.
     *
     * @return true when the command may go on: no error, and no warning under {@code --error-on-warning}
     */
    public boolean report(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        Map<Diagnostic, List<Diagnostic>> alike = everyPlace ? Map.of() : alike(diagnostics);
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors++;
                err.println(diagnostic.format());
                continue;
            }
            if (diagnostic.isWarning()) {
                warnings++;
            }
            // information (a port jkompose inferred, say) is shown too, and is never a reason to fail
            if (suppressWarnings) {
                continue;
            }
            List<Diagnostic> group = alike.get(diagnostic);
            if (group == null) {
                err.println(diagnostic.format());
            } else if (group.get(0) == diagnostic) {
                err.println(grouped(group));
            }
        }
        if (errorOnWarning && warnings > 0) {
            // Say why the exit code is 1 although only warnings were shown.
            err.println("jkompose: error: " + (warnings == 1 ? "1 warning treated as an error"
                    : warnings + " warnings treated as errors") + " (--error-on-warning)");
            return false;
        }
        return errors == 0;
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
        List<String> names = group.stream().map(DiagnosticReporter::serviceOf).distinct().toList();
        List<String> shown = names.size() <= 8 ? names : names.subList(0, 8);
        String services = names.size() + " services ('" + String.join("', '", shown) + "'"
                + (names.size() > shown.size() ? ", and " + (names.size() - shown.size()) + " more" : "") + ")";
        Diagnostic one = new Diagnostic(first.severity(), first.code(), first.location(),
                SERVICE.matcher(first.message()).replaceFirst(Matcher.quoteReplacement(services)),
                first.hint() == null ? "-v shows each place" : first.hint() + "; -v shows each place");
        return one.format();
    }

    /** For a stage that failed without saying why (a loader that returned no project and no error). */
    public void reportFailure(String message) {
        err.println("jkompose: error: " + message);
    }
}
