package io.jkompose.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last {@code convert} was made from and what it wrote, so that the next one can do nothing
 * when none of it changed: a digest of the settings and of every input's content, the inputs (found
 * while converting), and a digest of each file written (a deleted or edited output means work again).
 *
 * <p>The file is plain text, one entry a line: {@code digest HEX}, {@code input MODE PATH},
 * {@code output HEX NAME}.
 */
record InputStamp(String digest, List<Input> inputs, SortedMap<String, String> outputs) {

    /**
     * One input. {@code path}: a file's content, a folder's listing, or its absence. {@code compose}: a
     * folder of Compose files, watched for its YAML and env files (names and contents) only, so that the
     * build's own files beside them (build logs, target/) do not count.
     */
    record Input(String mode, Path path) implements Comparable<Input> {

        static Input path(Path path) {
            return new Input("path", path);
        }

        static Input composeFolder(Path folder) {
            return new Input("compose", folder);
        }

        @Override
        public int compareTo(Input other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : mode.compareTo(other.mode);
        }
    }

    InputStamp {
        inputs = List.copyOf(inputs);
        outputs = new TreeMap<>(outputs);
    }

    /** The digest of the settings (parameters, environment, version) and the current state of each input. */
    static String digest(String settings, Collection<Input> inputs) throws IOException {
        MessageDigest sha = sha256();
        update(sha, settings);
        for (Input input : inputs.stream().sorted().toList()) {
            update(sha, input.mode() + " " + input.path());
            update(sha, input.mode().equals("compose") ? composeState(input.path()) : pathState(input.path()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String contentDigest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether every output is still there as it was written. */
    boolean outputsIntact(Path folder) throws IOException {
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = folder.resolve(output.getKey());
            if (!Files.isRegularFile(file)
                    || !contentDigest(Files.readString(file, StandardCharsets.UTF_8)).equals(output.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** @return null when there is no stamp or it cannot be understood (then the work is done again) */
    static InputStamp read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String digest = null;
        List<Input> inputs = new ArrayList<>();
        SortedMap<String, String> outputs = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "digest" -> digest = parts.length == 2 ? parts[1] : null;
                case "input" -> {
                    if (parts.length < 3) {
                        return null;
                    }
                    inputs.add(new Input(parts[1], Path.of(parts[2])));
                }
                case "output" -> {
                    if (parts.length < 3) {
                        return null;
                    }
                    outputs.put(parts[2], parts[1]);
                }
                default -> {
                    return null;
                }
            }
        }
        return digest == null ? null : new InputStamp(digest, inputs, outputs);
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
        inputs.forEach(input -> text.append("input ").append(input.mode()).append(' ').append(input.path()).append('\n'));
        outputs.forEach((name, hash) -> text.append("output ").append(hash).append(' ').append(name).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String pathState(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return "file " + HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(path)));
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> entries = Files.list(path)) {
                return "folder " + String.join("/", entries.map(entry -> entry.getFileName().toString()).sorted()
                        .toList());
            }
        }
        return "missing";
    }

    private static String composeState(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        StringBuilder state = new StringBuilder("compose");
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(InputStamp::composeLike).sorted().toList()) {
                state.append(' ').append(entry.getFileName()).append('=').append(pathState(entry));
            }
        }
        return state.toString();
    }

    private static boolean composeLike(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(entry)
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".env") || name.equals(".env"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
