package io.jkompose.parser.compose;

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

    /** Levenshtein distance, with a transposition of two neighbours counting as one edit. */
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
