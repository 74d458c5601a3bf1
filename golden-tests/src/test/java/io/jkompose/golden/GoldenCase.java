package io.jkompose.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One folder of the golden corpus: its input files, {@code args} (one command-line word a line),
 * optional {@code env} ({@code KEY=VALUE} lines, the whole environment of the run) and
 * {@code expected/} ({@code stdout}, {@code stderr}, {@code exit-code}, {@code files/}); everything
 * else is input. In
 * {@code args} and {@code env}, blank lines and lines starting with {@code #} are left out, and
 * each line is stripped of surrounding white space.
 *
 * @param name   the folder's path below the corpus root, with {@code /}: the test's name
 * @param folder the folder itself
 */
record GoldenCase(String name, Path folder) {

    static final String ARGS = "args";
    static final String ENV = "env";
    static final String EXPECTED = "expected";

    /** Every folder below {@code root} that holds an {@code args} file, in name order. */
    static List<GoldenCase> findAll(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.getFileName().toString().equals(ARGS) && Files.isRegularFile(path))
                    .map(Path::getParent)
                    .filter(folder -> !List.of(FileTree.relative(root, folder).split("/")).contains(EXPECTED))
                    .map(folder -> new GoldenCase(FileTree.relative(root, folder), folder))
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> args() {
        return meaningfulLines(folder.resolve(ARGS));
    }

    /** The environment of the run: the {@code env} file only, empty without one. */
    Map<String, String> environment() {
        Path file = folder.resolve(ENV);
        Map<String, String> environment = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return environment;
        }
        for (String line : meaningfulLines(file)) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException(file + ": expected KEY=VALUE, found '" + line + "'");
            }
            environment.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return environment;
    }

    /** The files of the case folder that belong to the harness, not to the run: never copied into its folder. */
    static boolean harnessFile(String topLevelName) {
        return topLevelName.equals(ARGS) || topLevelName.equals(ENV) || topLevelName.equals(EXPECTED);
    }

    Path expected() {
        return folder.resolve(EXPECTED);
    }

    /** The command jkompose runs first ({@code convert}, {@code config}…), or "" when args name none. */
    String command() {
        return args().stream().filter(word -> !word.startsWith("-")).findFirst().orElse("");
    }

    private static List<String> meaningfulLines(Path file) {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    lines.add(word);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
