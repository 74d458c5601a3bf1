package io.jkompose.parser.compose;

import io.jkompose.parser.text.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** Finds the known word closest to a misspelt one, for "did you mean ...?" hints. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, or null; ties go to the alphabetically first. */
    static String closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, lower.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            int distance = distance(lower, candidate);
            if (distance < bestDistance || (distance == bestDistance && best == null)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= limit) {
            return best;
        }
        // a singular or plural form, or a hyphen for an underscore, is a close miss too
        for (String candidate : new TreeSet<>(candidates)) {
            if (candidate.equals(lower + "s") || (candidate + "s").equals(lower)
                    || candidate.equals(lower.replace('-', '_'))) {
                return candidate;
            }
        }
        return null;
    }

    /** See {@link EditDistance#between}. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
