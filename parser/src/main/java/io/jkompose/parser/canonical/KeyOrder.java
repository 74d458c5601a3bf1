package io.jkompose.parser.canonical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order in which Go writes the keys of a map, which is not Java's {@code String} order.
 *
 * <p>{@link #GO_YAML}: the YAML encoder compose uses (go-yaml v3) sorts string keys "naturally":
 * where two keys first differ, a letter sorts after a non-letter (so {@code APP_NAME} comes before
 * {@code APPLE}, although {@code _} is above the capitals in ASCII) unless both follow a shared
 * digit, where the letter comes first; two letters compare by code point; runs of digits compare
 * by their numeric value ({@code node9} before {@code node10}).
 *
 * <p>{@link #BYTES}: Go's JSON encoder sorts keys by their UTF-8 bytes, which is code point order.
 */
enum KeyOrder implements Comparator<String> {

    GO_YAML {
        @Override
        public int compare(String a, String b) {
            if (a.equals(b)) {
                return 0;
            }
            int[] left = a.codePoints().toArray();
            int[] right = b.codePoints().toArray();
            if (naturalLess(left, right)) {
                return -1;
            }
            if (naturalLess(right, left)) {
                return 1;
            }
            // Keys go-yaml cannot tell apart (a1 / a01 style ties) still need a fixed order.
            return BYTES.compare(a, b);
        }
    },

    BYTES {
        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int left = a.codePointAt(i);
                int right = b.codePointAt(j);
                if (left != right) {
                    return Integer.compare(left, right);
                }
                i += Character.charCount(left);
                j += Character.charCount(right);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    };

    /** The entries of {@code map} in this order, each value mapped by {@code convert}. */
    <V, R> LinkedHashMap<String, R> sorted(Map<String, V> map, Function<? super V, ? extends R> convert) {
        LinkedHashMap<String, R> result = new LinkedHashMap<>();
        for (String key : sortedKeys(map.keySet())) {
            result.put(key, convert.apply(map.get(key)));
        }
        return result;
    }

    <V> LinkedHashMap<String, Object> sorted(Map<String, V> map) {
        return sorted(map, value -> value);
    }

    List<String> sortedKeys(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        try {
            list.sort(this);
        } catch (IllegalArgumentException notTransitive) {
            // The natural order is not a total order for every set of odd keys; stay deterministic.
            list.sort(BYTES);
        }
        return list;
    }

    /** True when go-yaml puts key {@code a} before key {@code b}. */
    static boolean naturalLess(int[] a, int[] b) {
        boolean afterDigit = false;
        int shared = Math.min(a.length, b.length);
        for (int i = 0; i < shared; i++) {
            int ca = a[i];
            int cb = b[i];
            if (ca == cb) {
                afterDigit = Character.isDigit(ca);
                continue;
            }
            boolean letterA = Character.isLetter(ca);
            boolean letterB = Character.isLetter(cb);
            if (letterA && letterB) {
                return ca < cb;
            }
            if (letterA || letterB) {
                return afterDigit ? letterA : letterB;
            }
            return numberLess(a, b, i);
        }
        return a.length < b.length;
    }

    /** Compares the digit runs that start at {@code i} in both keys by value, then by length. */
    private static boolean numberLess(int[] a, int[] b, int i) {
        long valueA = 0;
        long valueB = 0;
        if (a[i] == '0' || b[i] == '0') {
            // A zero inside a number that already has a non-zero digit is significant.
            for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
                if (a[j] != '0') {
                    valueA = 1;
                    valueB = 1;
                    break;
                }
            }
        }
        int endA = i;
        while (endA < a.length && Character.isDigit(a[endA])) {
            valueA = valueA * 10 + (a[endA] - '0');
            endA++;
        }
        int endB = i;
        while (endB < b.length && Character.isDigit(b[endB])) {
            valueB = valueB * 10 + (b[endB] - '0');
            endB++;
        }
        if (valueA != valueB) {
            return valueA < valueB;
        }
        if (endA != endB) {
            return endA < endB;
        }
        return a[i] < b[i];
    }
}
