package io.jkompose.converters.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ports well-known images listen on ({@code well-known-ports.tsv} beside this class, each row
 * with where its port comes from), for a service that declares none and that nobody names a port of.
 */
final class WellKnownPorts {

    /** The ports of one image, and where they come from. */
    record Entry(String image, List<Integer> ports, String source) {
    }

    private static final Map<String, Entry> TABLE = load();

    private WellKnownPorts() {
    }

    /** The entry for an image reference ({@code docker.io/library/postgres:16-alpine} → postgres), or null. */
    static Entry of(String image) {
        if (image == null || image.isBlank()) {
            return null;
        }
        String name = image.strip();
        int digest = name.indexOf('@');
        if (digest >= 0) {
            name = name.substring(0, digest);
        }
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            name = name.substring(0, colon); // the tag
        }
        name = name.substring(slash + 1).toLowerCase(Locale.ROOT);
        return TABLE.get(name);
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> table = new HashMap<>();
        try (InputStream in = WellKnownPorts.class.getResourceAsStream("well-known-ports.tsv")) {
            if (in == null) {
                throw new IllegalStateException("well-known-ports.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException("well-known-ports.tsv: not three columns: " + line);
                }
                List<Integer> ports = new ArrayList<>();
                for (String port : columns[1].split(",")) {
                    ports.add(Integer.valueOf(port.strip()));
                }
                table.put(columns[0], new Entry(columns[0], List.copyOf(ports), columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
