package io.jkompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments the {@code kompose.cmd} annotation records: without the options that change how a run
 * reports or checks, not what it writes. Else {@code convert --check} in CI would always find the
 * annotation of manifests written by a plain {@code convert} changed.
 */
final class RecordedArgs {

    /** Options followed by a value (also written {@code --option=value}). */
    private static final Set<String> WITH_VALUE = Set.of("--diagnostics", "--diagnostics-file", "--warnings-as-errors");
    private static final Set<String> FLAGS = Set.of("--check");

    private RecordedArgs() {
    }

    static List<String> of(List<String> args) {
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (WITH_VALUE.contains(word)) {
                i++; // its value
            } else if (!FLAGS.contains(word) && WITH_VALUE.stream().noneMatch(option -> word.startsWith(option + "="))) {
                recorded.add(word);
            }
        }
        return recorded;
    }
}
