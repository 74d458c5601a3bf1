package io.jkompose.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One case of kompose's own golden corpus ({@code ../shared/corpus/kompose/cases.json}, described
 * in {@code ../shared/corpus/README.md}).
 *
 * @param inputs   compose files relative to the corpus folder, each passed as {@code -f}
 * @param env      the whole environment of the run ({@code COMPOSE_FILE} paths are relative to the corpus folder)
 * @param args     kompose's {@code convert} flags for the case
 * @param expected kompose's expected output, relative to the corpus folder
 */
record KomposeCase(String id, List<String> inputs, Map<String, String> env, List<String> args, String expected,
        boolean komposeWarned) {

    static List<KomposeCase> load(Path casesJson) {
        JsonNode root = new ObjectMapper().readTree(casesJson);
        List<KomposeCase> cases = new ArrayList<>();
        for (JsonNode node : root) {
            Map<String, String> env = new LinkedHashMap<>();
            node.path("env").forEachEntry((key, value) -> env.put(key, value.asString()));
            cases.add(new KomposeCase(node.path("id").asString(), strings(node.path("inputs")), env,
                    strings(node.path("args")), node.path("expected").asString(),
                    node.path("kompose_warned").asBoolean(false)));
        }
        return List.copyOf(cases);
    }

    /** The command line jkompose runs: {@code convert}, {@code -f} for each input, then the case's flags. */
    List<String> commandLine() {
        List<String> words = new ArrayList<>();
        words.add("convert");
        inputs.forEach(input -> {
            words.add("-f");
            words.add(input);
        });
        words.addAll(args);
        return words;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
