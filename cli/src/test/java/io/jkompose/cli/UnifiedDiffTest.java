package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void aChangedLineIsOneHunkWithThreeLinesOfContextDeletionsFirst() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertThat(UnifiedDiff.of("live/x", before, "new/x", after)).isEqualTo("""
                --- live/x
                +++ new/x
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void farApartChangesAreSeparateHunksAndNearOnesOne() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString().replace("2\n3\n", "2\nthree\n").replace("\n18\n", "\n18\n18.5\n");
        String diff = UnifiedDiff.of("a", before.toString(), "b", after);
        assertThat(diff).contains("@@ -1,6 +1,6 @@\n", "@@ -16,5 +16,6 @@\n");
        assertThat(diff.lines().filter(line -> line.startsWith("@@")).count()).isEqualTo(2);
    }

    @Test
    void anAbsentSideIsDevNull() {
        assertThat(UnifiedDiff.of("a", null, "b", "x\ny\n")).isEqualTo("--- /dev/null\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n");
        assertThat(UnifiedDiff.of("a", "x\n", "b", null)).isEqualTo("--- a\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
    }
}
