package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    @TempDir
    Path dir;

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void randomEditsApplyBackAndAreShortest() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            String before = randomText(random);
            String after = mutate(random, before);
            String diff = UnifiedDiff.of("a/f", "b/f", before, after);

            assertThat(apply(before, diff)).as("diff of %s to %s:%n%s", before, after, diff).isEqualTo(after);
            long edits = diff.lines().filter(l -> (l.startsWith("-") && !l.startsWith("---"))
                    || (l.startsWith("+") && !l.startsWith("+++"))).count();
            List<String> a = lines(before);
            List<String> b = lines(after);
            if (!before.equals(after)) {
                assertThat(edits).as("edits of %s to %s", before, after).isEqualTo(a.size() + b.size() - 2L * lcs(a, b));
            }
        }
    }

    @Test
    void agreesWithDiffUOnUnambiguousChanges() throws Exception {
        assumeTrue(hasDiff(), "no diff(1) on this machine");
        String before = numbered(1, 20) + "kind: Service\n" + numbered(21, 40) + "replicas: 1\n" + numbered(41, 44);
        String after = numbered(1, 20) + "kind: Deployment\n" + numbered(21, 26) + "new: line\n" + numbered(27, 40)
                + numbered(41, 44).replace("line 44\n", "line 44");

        assertThat(UnifiedDiff.of("a/x.yaml", "b/x.yaml", before, after)).isEqualTo(diffU(before, after));
        assertThat(UnifiedDiff.of("a/x.yaml", "b/x.yaml", "", "one\ntwo\n")).isEqualTo(diffU("", "one\ntwo\n"));
        assertThat(UnifiedDiff.of("a/x.yaml", "b/x.yaml", "one\ntwo\n", "")).isEqualTo(diffU("one\ntwo\n", ""));
    }

    @Test
    void aMissingLastNewlineIsMarked() {
        String diff = UnifiedDiff.of("a/f", "b/f", "x\ny", "x\ny\n");

        assertThat(diff.lines().toList()).containsSubsequence("-y", "\\ No newline at end of file", "+y");
    }

    private static String numbered(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    private static boolean hasDiff() {
        try {
            return new ProcessBuilder("diff", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String diffU(String before, String after) throws Exception {
        Path a = Files.writeString(dir.resolve("a"), before);
        Path b = Files.writeString(dir.resolve("b"), after);
        Process diff = new ProcessBuilder("diff", "-u", "--label", "a/x.yaml", "--label", "b/x.yaml",
                a.toString(), b.toString()).start();
        String out = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        diff.waitFor();
        return out;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(15);
        for (int i = 0; i < lines; i++) {
            text.append((char) ('a' + random.nextInt(4))).append('\n');
        }
        if (lines > 0 && random.nextInt(5) == 0) {
            text.setLength(text.length() - 1); // no newline at the end
        }
        return text.toString();
    }

    private static String mutate(Random random, String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int changes = random.nextInt(5);
        for (int i = 0; i < changes; i++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, String.valueOf((char) ('a' + random.nextInt(5))));
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (at < lines.size()) {
                        lines.set(at, "z");
                    }
                }
            }
        }
        String joined = String.join("\n", lines);
        return lines.isEmpty() ? "" : random.nextInt(4) == 0 ? joined : joined + "\n";
    }

    /** Lines with their ends, so that "y" and "y\n" differ as in the diff. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(from, end));
            from = end;
        }
        return lines;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        return length[0][0];
    }

    /** Applies a unified diff the way patch does, checking each context and removed line and each hunk's counts. */
    private static String apply(String before, String diff) {
        if (diff.isEmpty()) {
            return before;
        }
        List<String> old = lines(before);
        List<String> result = new ArrayList<>();
        List<String> patch = diff.lines().toList();
        assertThat(patch.get(0)).startsWith("--- ");
        assertThat(patch.get(1)).startsWith("+++ ");
        int next = 0; // the next line of old to copy
        int i = 2;
        while (i < patch.size()) {
            Matcher hunk = HUNK.matcher(patch.get(i));
            assertThat(hunk.matches()).as("hunk header %s", patch.get(i)).isTrue();
            int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
            int newCount = hunk.group(4) == null ? 1 : Integer.parseInt(hunk.group(4));
            int oldStart = Integer.parseInt(hunk.group(1)) - (oldCount == 0 ? 0 : 1);
            while (next < oldStart) {
                result.add(old.get(next++));
            }
            int seenOld = 0;
            int seenNew = 0;
            i++;
            while (i < patch.size() && !patch.get(i).startsWith("@@")) {
                String line = patch.get(i);
                boolean ended = !(i + 1 < patch.size() && patch.get(i + 1).equals("\\ No newline at end of file"));
                String text = line.substring(1) + (ended ? "\n" : "");
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertThat(old.get(next++)).isEqualTo(text);
                        result.add(text);
                        seenOld++;
                        seenNew++;
                    }
                    case '-' -> {
                        assertThat(old.get(next++)).isEqualTo(text);
                        seenOld++;
                    }
                    case '+' -> {
                        result.add(text);
                        seenNew++;
                    }
                    default -> throw new AssertionError("unexpected line " + line);
                }
                i += ended ? 1 : 2;
            }
            assertThat(seenOld).as("old count of a hunk").isEqualTo(oldCount);
            assertThat(seenNew).as("new count of a hunk").isEqualTo(newCount);
        }
        while (next < old.size()) {
            result.add(old.get(next++));
        }
        return String.join("", result);
    }
}
