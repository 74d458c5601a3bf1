package io.jkompose.parser.opencompose;

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

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
