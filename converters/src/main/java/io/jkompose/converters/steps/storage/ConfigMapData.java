package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files as the data of a ConfigMap: text under {@code data} (CRLF line ends made LF, as kompose
 * does), anything else under {@code binaryData}, base64-encoded once (kompose encodes it twice, so
 * the mounted file holds base64 text instead of the original bytes). A file name that is not a
 * valid key gets a key of its own, and the volume maps it back to the file name.
 */
final class ConfigMapData {

    /**
     * One file of a ConfigMap.
     *
     * @param key     its key in the ConfigMap
     * @param path    the file's name in the mounted volume
     * @param content its bytes
     */
    record Entry(String key, String path, byte[] content) {
    }

    private ConfigMapData() {
    }

    /** Entries for files named {@code names}, in that order, with valid keys that differ from each other. */
    static List<Entry> entries(List<String> names, List<byte[]> contents) {
        List<Entry> entries = new ArrayList<>(names.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            String unique = key;
            for (int n = 2; !keys.add(unique); n++) {
                unique = key + "-" + n;
            }
            entries.add(new Entry(unique, names.get(i), contents.get(i)));
        }
        return entries;
    }

    /** The file name itself when it is a valid key, else it with each other character replaced by '-'. */
    static String key(String fileName) {
        if (KubernetesNames.isConfigKey(fileName) && !fileName.equals(".") && !fileName.equals("..")) {
            return fileName;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < fileName.length() && key.length() < KubernetesNames.SUBDOMAIN_MAX; i++) {
            char c = fileName.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            key.append(valid ? c : '-');
        }
        String result = key.toString();
        return result.isEmpty() || result.chars().allMatch(c -> c == '.') ? "file" : result;
    }

    /** Puts the entries into the ConfigMap's {@code data} and {@code binaryData}. */
    static ConfigMapBuilder fill(ConfigMapBuilder configMap, List<Entry> entries) {
        Map<String, String> data = new TreeMap<>();
        Map<String, String> binary = new TreeMap<>();
        for (Entry entry : entries) {
            String text = text(entry.content());
            if (text != null) {
                data.put(entry.key(), text.replace("\r\n", "\n"));
            } else {
                binary.put(entry.key(), Base64.getEncoder().encodeToString(entry.content()));
            }
        }
        return configMap.withData(data.isEmpty() ? null : data).withBinaryData(binary.isEmpty() ? null : binary);
    }

    /** Items mapping keys to file names, or null when every key is its file's name (the default). */
    static List<KeyToPath> items(List<Entry> entries) {
        if (entries.stream().allMatch(entry -> entry.key().equals(entry.path()))) {
            return null;
        }
        return entries.stream().map(entry -> new KeyToPathBuilder().withKey(entry.key()).withPath(entry.path()).build())
                .toList();
    }

    /** The content as text when it is UTF-8 without control characters other than tab, line ends and form feed. */
    static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return null;
            }
        }
        return text;
    }
}
