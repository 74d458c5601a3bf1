package io.jkompose.parser.opencompose;

import io.jkompose.parser.text.EditDistance;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for misspelt keys: the known key within a few edits (a swap of two neighbours
 * counting as one), or one that contains the written key or is contained in it ({@code subPath},
 * {@code storageClassName}).
 */
final class Suggestions {

    private static final int MIN_CONTAINED = 4;

    private Suggestions() {
    }

    static String closest(String written, List<String> known) {
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best != null && bestDistance <= Math.min(4, Math.max(2, written.length() / 3))) {
            return best;
        }
        for (String candidate : known) {
            String other = candidate.toLowerCase(Locale.ROOT);
            if (Math.min(other.length(), lower.length()) >= MIN_CONTAINED
                    && (other.contains(lower) || lower.contains(other))) {
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
