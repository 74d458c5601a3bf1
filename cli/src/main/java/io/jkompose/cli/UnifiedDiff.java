package io.jkompose.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff of two texts, as {@code diff -u} writes it: {@code ---}/{@code +++} labels, hunks of
 * changed lines with {@value #CONTEXT} lines of context, and {@code \ No newline at end of file} where a
 * text does not end with one. The edit script is Myers' O(ND) shortest one ("An O(ND) Difference
 * Algorithm and Its Variations", 1986): manifests differ in few lines, so D stays small.
 */
final class UnifiedDiff {

    static final int CONTEXT = 3;

    private enum Op { KEEP, DELETE, INSERT }

    /** A line with its end: the last line of a text may have none, and then differs from the same text with one. */
    private record Line(String text, boolean ended) {
    }

    private record Edit(Op op, int oldIndex, int newIndex) {
    }

    private UnifiedDiff() {
    }

    /** @return the diff, or "" when the texts are equal */
    static String of(String oldLabel, String newLabel, String oldText, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        List<Line> a = lines(oldText);
        List<Line> b = lines(newText);
        List<Edit> script = editScript(a, b);
        StringBuilder diff = new StringBuilder();
        diff.append("--- ").append(oldLabel).append('\n').append("+++ ").append(newLabel).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).op() == Op.KEEP) {
                i++;
                continue;
            }
            // A hunk: from CONTEXT kept lines before this change to CONTEXT after the last change that is
            // at most 2 * CONTEXT kept lines from the next one (closer changes share a hunk).
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int keptRun = 0;
            for (int j = i; j < script.size(); j++) {
                if (script.get(j).op() == Op.KEEP) {
                    keptRun++;
                    if (keptRun > 2 * CONTEXT) {
                        break;
                    }
                } else {
                    keptRun = 0;
                    end = j;
                }
            }
            int stop = Math.min(script.size(), end + 1 + CONTEXT);
            hunk(diff, script.subList(start, stop), a, b);
            i = stop;
        }
        return diff.toString();
    }

    private static void hunk(StringBuilder diff, List<Edit> edits, List<Line> a, List<Line> b) {
        int oldStart = edits.get(0).oldIndex();
        int newStart = edits.get(0).newIndex();
        int oldCount = (int) edits.stream().filter(e -> e.op() != Op.INSERT).count();
        int newCount = (int) edits.stream().filter(e -> e.op() != Op.DELETE).count();
        diff.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (Edit edit : edits) {
            Line line = edit.op() == Op.INSERT ? b.get(edit.newIndex()) : a.get(edit.oldIndex());
            diff.append(switch (edit.op()) {
                case KEEP -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            }).append(line.text()).append('\n');
            if (!line.ended()) {
                diff.append("\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,count} as diff writes it: 1-based; an empty range names the line before it; ",1" left out. */
    private static String range(int index, int count) {
        if (count == 0) {
            return index + ",0";
        }
        return count == 1 ? String.valueOf(index + 1) : (index + 1) + "," + count;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            if (newline < 0) {
                lines.add(new Line(text.substring(from), false));
                break;
            }
            lines.add(new Line(text.substring(from, newline), true));
            from = newline + 1;
        }
        return lines;
    }

    /** The shortest edit script from a to b, in order; each edit carries the indexes it stands at. */
    private static List<Edit> editScript(List<Line> a, List<Line> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] // down: an insertion
                        : v[offset + k - 1] + 1; // right: a deletion
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        // Walk back through the saved frontiers, from (n, m) to (0, 0).
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d >= 0; d--) {
            int[] frontier = trace.get(d);
            int k = x - y;
            int previousK;
            if (d == 0) {
                previousK = k;
            } else if (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])) {
                previousK = k + 1;
            } else {
                previousK = k - 1;
            }
            int previousX = d == 0 ? 0 : frontier[offset + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                reversed.add(new Edit(Op.KEEP, x, y));
            }
            if (d > 0) {
                if (x == previousX) {
                    y--;
                    reversed.add(new Edit(Op.INSERT, x, y));
                } else {
                    x--;
                    reversed.add(new Edit(Op.DELETE, x, y));
                }
            }
        }
        List<Edit> script = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            script.add(reversed.get(i));
        }
        return script;
    }
}
