package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.KubernetesConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the "Service keys" table of {@code docs/compose-support.md} true to the converters: a key some
 * step of the standard pipeline handles says "converted", and a row that says "converted" names such a key.
 * (The parser's {@code ServiceKeysDocTest} checks that every key of the specification has a row.)
 */
class ComposeSupportDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.+) \\|$");

    /**
     * Keys the loader itself deals with, so no converter step declares them; their rows may say
     * whatever fits ("applied by the loader" today). {@code x-*} extensions have no row.
     */
    private static final Set<String> HANDLED_BY_LOADER = Set.of(
            "extends", // merged into the service while loading
            "profiles"); // decides which services load at all

    private Set<String> handledKeys;
    private Map<String, String> rows;

    @BeforeEach
    void read() throws Exception {
        handledKeys = KubernetesConverter.handledKeys();
        rows = serviceKeyRows(ExamplesTest.projectRoot().resolve("docs/compose-support.md"));
    }

    /** Each row of the "Service keys" section: key → what jkompose does with it. */
    private static Map<String, String> serviceKeyRows(Path doc) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("## ")) {
                inside = line.equals("## Service keys");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inside && row.matches()) {
                rows.put(row.group(1), row.group(2).trim());
            }
        }
        return rows;
    }

    private static boolean saysConverted(String text) {
        return text.startsWith("converted");
    }

    @Test
    void theTableIsThere() {
        // guards the tests below against a changed layout that would make them pass on nothing
        assertThat(rows).hasSizeGreaterThan(50).containsKeys("image", "ports", "deploy");
        assertThat(handledKeys).contains("image", "ports", "deploy.replicas");
    }

    @Test
    void everyKeyAStepHandlesSaysConverted() {
        Set<String> wrong = new TreeSet<>();
        for (String key : handledKeys) {
            String topLevel = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String text = rows.get(topLevel);
            assertThat(text).as("row of docs/compose-support.md for handled key '%s'", topLevel).isNotNull();
            if (!saysConverted(text)) {
                wrong.add(topLevel);
            }
        }
        assertThat(wrong).as("keys a converter step handles whose row does not start with \"converted\"").isEmpty();
    }

    @Test
    void everyHandledSubKeyIsNamedInItsKeysRow() {
        Set<String> missing = new TreeSet<>();
        for (String key : handledKeys) {
            int dot = key.indexOf('.');
            if (dot > 0 && !rows.getOrDefault(key.substring(0, dot), "").contains("`" + key.substring(dot + 1) + "`")) {
                missing.add(key);
            }
        }
        assertThat(missing).as("handled sub-keys not named in their key's row").isEmpty();
    }

    @Test
    void everyRowSayingConvertedNamesAHandledKey() {
        Set<String> wrong = new TreeSet<>();
        rows.forEach((key, text) -> {
            boolean handled = handledKeys.contains(key) || HANDLED_BY_LOADER.contains(key)
                    || handledKeys.stream().anyMatch(k -> k.startsWith(key + "."));
            if (saysConverted(text) && !handled) {
                wrong.add(key);
            }
        });
        assertThat(wrong).as("rows saying \"converted\" for keys no converter step handles (say \"warned\")").isEmpty();
    }
}
