package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@link ManifestYaml} against the Jackson path it replaces ({@link ManifestWriter#jacksonYaml}): the same
 * characters for every tree, whether ManifestYaml writes it or hands it back. Tricky strings as values and
 * as keys at several depths, nested and empty structures, numbers, random trees, real manifests.
 */
class ManifestYamlTest {

    /** Cases that differ, each with both texts; reported together. */
    private final List<String> differences = new ArrayList<>();
    private int written;
    private int handedBack;

    /** Compares the two paths on {@code tree}; returns whether ManifestYaml wrote it itself. */
    private boolean compare(String what, Map<String, Object> tree) {
        String expected = ManifestWriter.jacksonYaml(tree);
        StringBuilder out = new StringBuilder("---\n");
        boolean wrote = ManifestYaml.write(tree, out);
        if (wrote) {
            written++;
            if (!out.toString().equals("---\n" + expected)) {
                differences.add(what + "\n--- Jackson:\n" + expected + "--- ManifestYaml:\n" + out.substring(4));
            }
        } else {
            handedBack++;
            if (!out.toString().equals("---\n")) {
                differences.add(what + ": handed back but wrote " + out);
            }
        }
        StringBuilder viaWriter = new StringBuilder();
        ManifestWriter.appendYamlDocument(tree, viaWriter);
        if (!viaWriter.toString().equals(expected)) {
            differences.add(what + ": appendYamlDocument differs");
        }
        return wrote;
    }

    private void assertNoDifferences() {
        assertThat(differences).as("%d documents written, %d handed back", written, handedBack).isEmpty();
    }

    // ---- the string corpus

    /** Tricky strings: every printable ASCII character first, inside and last, indicators, numbers, words, breaks. */
    static List<String> strings() {
        Set<String> strings = new LinkedHashSet<>();
        for (char c = 0x20; c < 0x7F; c++) {
            String s = String.valueOf(c);
            for (String t : List.of(s, s + "a", "a" + s, "a" + s + "b", s + " a", "a " + s, "a " + s + " b", s + s,
                    s + "\n", "a" + s + "\nb", "a\n" + s + "b")) {
                strings.add(t);
            }
        }
        strings.addAll(List.of("- a", "-a", "--", "-", "? a", "?", ": a", ":a", "a:", "a: b", "a :b", "a:b",
                "a #b", "a#b", "#a", "a #", "---", "--- a", "---a", "...", "... a", "....", "a,b", "[a]", "{a}", "a]",
                "a}", "&a", "*a", "!a", "!!str", "|a", ">a", "'a", "a'", "'", "''", "\"", "a\"b", "\\", "a\\b",
                "%a", "@a", "`a", "key: value # comment", "http://example.com:8080/a?b=c#d", "a: 'b'", "{{ .Values.x }}",
                "nginx:1.27", "apps/v1", "io.kompose.service", "500m", "100Mi", "8080:80", "/var/lib/mysql",
                "${VAR}", "$(VAR)", "a\tb", "a=b", "<<", "=", "<", ">", "~", "a~"));
        // numbers of YAML 1.1 and 1.2, and near misses
        strings.addAll(List.of("0", "1", "-1", "+1", "1.5", "-1.5", "+1.5", ".5", "-.5", "1.", "+.", "-.", ".", "+",
                "1e3", "1E3", "1e+3", "1.0e-3", "-1e3", "1e", "e1", "0x1F", "0X1F", "0xg", "0o17", "0o8", "017", "08",
                "09", "0b101", "0b2", "1_000", "1_000.5", "1:20", "1:20:30.5", "190:20:30", "1:60", ".inf", "-.inf",
                "+.inf", ".Inf", "-.Inf", ".INF", ".nan", ".NaN", ".NAN", "NaN", "nan", "Infinity", "-Infinity",
                "inf", "0.0", "00", "-0", "1,000", "1 000", "1.2.3", "1-2", "- 1", "12abc", "0.", "5000", "123456789012345678901234567890",
                "3.14159265358979", "1e400", "0x", "0b", "0o", "+0x1", "-0b1", "1__2", "._1", "._"));
        // booleans and nulls in every case
        for (String word : List.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "none", "nil")) {
            strings.add(word);
            strings.add(word.toUpperCase(Locale.ROOT));
            strings.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            if (word.length() > 1) {
                strings.add(word.charAt(0) + word.substring(1).toUpperCase(Locale.ROOT));
            }
            strings.add(word + " ");
            strings.add(word + "x");
        }
        // timestamps
        strings.addAll(List.of("2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
                "2001-12-14T21:59:43Z", "2001-1-1", "2001-12-14 21:59:43", "12:30", "12:30:45", "2001-12",
                "20011214"));
        // spaces and line breaks
        strings.addAll(List.of("", " ", "  ", " a", "a ", " a ", "a  b", "\ta", "a\t", "\t", "a\nb", "a\n", "a\n\n",
                "a\n\n\n", "\na", "\n", "\n\n", "\n\n\n", " a\nb", "a\n b", "a \nb", "a\nb ", "a\n ", "\n a", " \n",
                "a\r\nb", "a\rb", "\r", "\r\n", "a\n\tb", "\ta\nb", "a\n\nb", "a\n\n\nb\n", "  lead\nx", "x\n  indented\n",
                "#a\nb", "- a\nb", "a: b\nc: d", "'\n'", "\"\n\"", "---\nx", "...\n", "a\n#b", "a\n: b",
                "line 1\nline 2\n", "#!/bin/sh\nset -e\necho \"$1\" | tr a b\n", "key:\n  - a\n  - b\n",
                "trailing\n\n", "mid\n\n\nend", "\n\nlead", "a\\b\nc"));
        // control characters, Unicode, supplementary characters
        for (char c : new char[] {0, 1, 7, 8, 9, 0xB, 0xC, 0xD, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xA1,
                0xE9, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0xD7FF, 0xE000, 0x3000}) {
            String s = String.valueOf(c);
            strings.addAll(List.of(s, "a" + s, s + "a", "a" + s + "b", "a\n" + s, s + "\nb", "a " + s));
        }
        strings.addAll(List.of("é", "héllo", "日本語", "名前: 値", "ü\nö", "a\u00A0b", "😀", "a😀", "😀:", "😀 #x",
                ":😀", "-😀", "a\n😀\n", "\uD83D", "a\uD83Db", "\uDE00", "a\uDE00\uD83D", "\uD83D\n", "Ωmega", "«x»",
                "café\nüber ", "\u00A0lead", "tab\u00A0"));
        // long strings: beyond the 80-column width and the 128-character simple key limit
        for (int n : new int[] {79, 80, 81, 127, 128, 129, 300}) {
            strings.add("a".repeat(n));
            strings.add("ab ".repeat(n / 3 + 1));
            strings.add("x".repeat(n) + ": y");
            strings.add(("word " + "y".repeat(n)).substring(0, n));
        }
        strings.add("a long line with spaces that goes on and on, well past eighty columns, to see that nothing is folded");
        strings.add("\"quoted\" and 'single' and \\back\\slashes\\ in a long line that is well past the eighty column mark");
        strings.add("multi\nline " + "long ".repeat(30) + "\nend");
        strings.add(" long leading space " + "z".repeat(100));
        return new ArrayList<>(strings);
    }

    private static boolean plainAsciiOrBreaks(String s) {
        return s.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void stringsAsValues() {
        for (String s : strings()) {
            String name = "value " + escape(s);
            List<Map<String, Object>> shapes = List.of(
                    map("k", s),
                    map("k", s, "z", "after"),
                    map("a", map("b", map("c", s)), "z", 1),
                    map("k", List.of(s, "x")),
                    map("k", List.of("x", s)),
                    map("k", List.of(map("a", s, "b", "x"))),
                    map("k", List.of(map("a", "x", "b", s))),
                    map("k", List.of(List.of(s), List.of("x", s))),
                    map("k", List.of(List.of(List.of(s, s)))),
                    map("k", List.of(map("a", List.of(s)))));
            for (int i = 0; i < shapes.size(); i++) {
                boolean wrote = compare(name + " in shape " + i, shapes.get(i));
                if (plainAsciiOrBreaks(s)) {
                    assertThat(wrote).as("ManifestYaml writes %s itself (shape %d)", name, i).isTrue();
                }
            }
        }
        assertNoDifferences();
    }

    @Test
    void stringsAsKeys() {
        for (String s : strings()) {
            String name = "key " + escape(s);
            List<Map<String, Object>> shapes = List.of(
                    map(s, "v"),
                    map(s, map("a", 1)),
                    map(s, List.of(1, "x")),
                    map(s, Map.of()),
                    map(s, List.of()),
                    map("a", map(s, "v", "b", s)),
                    map("k", List.of(map(s, "v"))),
                    map("k", List.of(map("a", 1, s, List.of(map(s, s))))));
            for (int i = 0; i < shapes.size(); i++) {
                boolean wrote = compare(name + " in shape " + i, shapes.get(i));
                if (plainAsciiOrBreaks(s) && !s.isEmpty() && s.length() < 128 && s.indexOf('\n') < 0) {
                    assertThat(wrote).as("ManifestYaml writes %s itself (shape %d)", name, i).isTrue();
                }
            }
        }
        assertNoDifferences();
    }

    @Test
    void nestedAndEmptyStructures() {
        List<Object> values = List.of(Map.of(), List.of(), map("a", Map.of()), map("a", List.of()),
                List.of(Map.of()), List.of(List.of()), List.of(List.of(List.of())), List.of(Map.of(), List.of(), "x"),
                List.of(List.of(1, 2), List.of(3, List.of(4, 5)), List.of()),
                List.of(List.of(map("a", 1, "b", List.of(List.of("c"))))),
                List.of(map("a", 1, "b", List.of(1, 2)), map("c", map("d", "e", "f", Map.of()))),
                List.of(map("a", List.of(map("b", List.of(map("c", List.of(List.of("deep\nliteral\n")))))))),
                map("a", map("b", map("c", map("d", map("e", map("f", List.of("x", Map.of(), List.of()))))))),
                List.of("a\nb", List.of("c\nd\n", map("e", "f\n\ng")), "h"));
        assertThat(compare("empty root", new LinkedHashMap<>())).isTrue();
        for (Object value : values) {
            assertThat(compare("value " + value, map("k", value))).as("written: %s", value).isTrue();
            assertThat(compare("value " + value + ", then a key", map("k", value, "z", "end"))).isTrue();
            assertThat(compare("item " + value, map("k", List.of(value, "x")))).isTrue();
            assertThat(compare("inner item " + value, map("k", List.of(List.of(value), value)))).isTrue();
        }
        assertNoDifferences();
    }

    @Test
    void numbersAndBooleans() {
        List<Object> values = List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0L, -5L, (long) Integer.MAX_VALUE + 1,
                Long.MAX_VALUE, Long.MIN_VALUE, 0.0, -0.0, 1.5, -2.25, 1e20, 1e-7, 123456789.123, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false);
        for (Object value : values) {
            String name = value.getClass().getSimpleName() + " " + value;
            assertThat(compare(name, map("k", value))).as(name).isTrue();
            assertThat(compare(name + " in lists", map("k", List.of(value, List.of(value), map("a", value))))).isTrue();
        }
        assertNoDifferences();
    }

    /** Values only Jackson writes exactly: the whole document goes to Jackson, and the text is the same. */
    @Test
    void otherValuesAreHandedBackWhole() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (Object value : List.of(nodes.numberNode(1.5f), nodes.numberNode(new BigDecimal("1.50")),
                nodes.numberNode(BigInteger.TEN.pow(30)), nodes.stringNode("text"), nodes.booleanNode(true),
                nodes.numberNode(7), nodes.numberNode((short) 3))) {
            Map<String, Object> tree = map("a", "before", "k", List.of("x", map("v", value)), "z", "after\n");
            assertThat(compare(value.getClass().getSimpleName(), tree)).isFalse();
        }
        assertNoDifferences();
    }

    /** Beyond a depth manifests never reach, Jackson writes the document (it limits nesting itself). */
    @Test
    void deepTreesAreHandedBack() {
        Map<String, Object> shallow = map("leaf", "x");
        Map<String, Object> deep = shallow;
        for (int i = 0; i < 300; i++) {
            deep = map("k", i % 2 == 0 ? deep : List.of(deep));
        }
        assertThat(compare("1 level", shallow)).isTrue();
        assertThat(compare("300 levels", deep)).isFalse();
        assertNoDifferences();
    }

    /** Random trees of the corpus's strings, numbers and nested maps and lists. */
    @Test
    void randomTrees() {
        List<String> strings = strings();
        Random random = new Random(20261207);
        for (int i = 0; i < 3000; i++) {
            compare("random tree " + i, randomMap(random, strings, 0));
        }
        assertThat(written).isGreaterThan(handedBack);
        assertNoDifferences();
    }

    private static Map<String, Object> randomMap(Random random, List<String> strings, int depth) {
        Map<String, Object> map = new TreeMap<>();
        int size = random.nextInt(depth == 0 ? 6 : 4) + (depth == 0 ? 1 : 0);
        for (int i = 0; i < size; i++) {
            String key = random.nextInt(3) == 0 ? strings.get(random.nextInt(strings.size())) : "key" + random.nextInt(20);
            map.put(key, randomValue(random, strings, depth + 1));
        }
        return map;
    }

    private static Object randomValue(Random random, List<String> strings, int depth) {
        int kind = random.nextInt(depth >= 5 ? 5 : 8);
        return switch (kind) {
            case 0, 1 -> strings.get(random.nextInt(strings.size()));
            case 2 -> random.nextInt(2000) - 1000;
            case 3 -> random.nextBoolean();
            case 4 -> random.nextInt(4) == 0 ? (Object) random.nextDouble() : (Object) random.nextLong();
            case 5, 6 -> randomMap(random, strings, depth);
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(randomValue(random, strings, depth + 1));
                }
                yield list;
            }
        };
    }

    /** Kubernetes objects through the writer: the same stream and files as the Jackson path gives. */
    @Test
    void kubernetesObjectsThroughTheWriter() {
        List<HasMetadata> objects = List.of(Fixtures.webDeployment(), Fixtures.webService());
        StringBuilder expected = new StringBuilder();
        for (HasMetadata object : objects) {
            Map<String, Object> tree = ManifestWriter.writtenForm(object);
            assertThat(compare(object.getKind(), tree)).isTrue();
            expected.append("---\n").append(ManifestWriter.jacksonYaml(tree)).append('\n');
        }
        assertThat(new ManifestWriter().yaml(objects)).isEqualTo(expected.toString());
        assertNoDifferences();
    }

    /**
     * Real manifests: every YAML document the golden tests expect jkompose to write (conversions of their
     * compose files, including those of examples/), read back into plain trees and written both ways.
     */
    @Test
    void realManifests() throws IOException {
        Path golden = Path.of("").toAbsolutePath().resolveSibling("golden-tests").resolve("src/test/resources/golden");
        assertThat(golden).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(golden)) {
            files = walk.filter(Files::isRegularFile).filter(path -> path.toString().contains("/expected/"))
                    .filter(path -> path.getFileName().toString().matches("stdout|.*\\.yaml")).sorted().toList();
        }
        Load load = new Load(LoadSettings.builder().build());
        int documents = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (!text.startsWith("---\n")) {
                continue;  // JSON output or messages
            }
            Iterable<Object> parsed;
            try {
                parsed = load.loadAllFromString(text);
                for (Object document : parsed) {
                    if (document instanceof Map<?, ?> map && plain(map)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> tree = (Map<String, Object>) map;
                        compare(golden.relativize(file) + " document " + documents, tree);
                        documents++;
                    }
                }
            } catch (RuntimeException e) {
                // not YAML manifests (a Helm template, say): nothing to compare
            }
        }
        assertThat(documents).isGreaterThan(300);
        assertThat(written).isGreaterThan(300);
        assertNoDifferences();
    }

    /** Whether a loaded tree holds only what manifests hold (string keys, no nulls or other scalar types). */
    private static boolean plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && plain(e.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(ManifestYamlTest::plain);
        }
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}
