package io.jkompose.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts ({@code diff -u} format, three lines of context), from a longest
 * common subsequence of their lines. Manifests are small, so the quadratic table is cheap; the
 * result is the same on every machine.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff, or "" when the texts are equal; a null text is an absent file ({@code /dev/null}). */
    static String of(String fromName, String before, String toName, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(edit -> edit.op == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : fromName).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : toName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than two contexts apart
            while (end < edits.size()) {
                int next = end;
                while (next < edits.size() && edits.get(next).op != ' ') {
                    next++;
                }
                int gap = next;
                while (gap < edits.size() && edits.get(gap).op == ' ') {
                    gap++;
                }
                if (gap < edits.size() && gap - next <= 2 * CONTEXT) {
                    end = gap;
                } else {
                    end = Math.min(edits.size(), next + CONTEXT);
                    break;
                }
            }
            hunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> hunk) {
        int fromStart = hunk.get(0).fromLine;
        int toStart = hunk.get(0).toLine;
        int fromCount = (int) hunk.stream().filter(edit -> edit.op != '+').count();
        int toCount = (int) hunk.stream().filter(edit -> edit.op != '-').count();
        out.append("@@ -").append(range(fromStart, fromCount)).append(" +").append(range(toStart, toCount))
                .append(" @@\n");
        for (Edit edit : hunk) {
            out.append(edit.op).append(edit.text).append('\n');
        }
    }

    /** diff's numbering: an empty range names the line before it. */
    private static String range(int start, int count) {
        int first = count == 0 ? start - 1 : start;
        return count == 1 ? Integer.toString(first) : first + "," + count;
    }

    private record Edit(char op, String text, int fromLine, int toLine) {
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i + 1, j + 1)); // deletions before additions, as diff does
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
