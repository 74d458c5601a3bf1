package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.parser.yaml.YamlReader;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;

/**
 * What every part of one load shares: the diagnostics, the paths (with the folder of each file),
 * the file reader and the limits that keep {@code include} and {@code extends} from running away
 * on hostile or mistaken input.
 */
final class LoadSession {

    /** Files read in one load (given, included, extended): far above real projects. */
    static final int MAX_FILES = 1000;
    /** How deep includes may nest. */
    static final int MAX_INCLUDE_DEPTH = 32;
    /** How long a chain of {@code extends} may be. */
    static final int MAX_EXTENDS_DEPTH = 64;

    final Values values;
    final ProjectPaths paths;
    final DocumentReader reader;
    final boolean interpolate;
    private int filesRead;
    private boolean overBudget;

    LoadSession(Values values, ProjectPaths paths, boolean interpolate, YamlReader.Limits limits) {
        this.values = values;
        this.paths = paths;
        this.reader = new DocumentReader(values, limits);
        this.interpolate = interpolate;
    }

    int errorCount() {
        int count = 0;
        for (Diagnostic diagnostic : values.diagnostics().all()) {
            if (diagnostic.isError()) {
                count++;
            }
        }
        return count;
    }

    /** Counts one more file to read; false (reported once) when the load has read too many. */
    boolean countFile(SourceLocation at) {
        if (++filesRead <= MAX_FILES) {
            return true;
        }
        if (!overBudget) {
            overBudget = true;
            values.error(ParserCode.LIMIT, at, "this load reads more than " + MAX_FILES
                    + " files through include and extends; jkompose stops here", "check the includes for a loop");
        }
        return false;
    }

    String display(Path path) {
        return paths.display(path);
    }
}
