package io.jkompose.parser.opencompose;

import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadRequest;
import java.util.Iterator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Tells Compose and OpenCompose apart by their shape: OpenCompose lists its {@code services}, Compose
 * maps them by name. Only the first file is looked at, and only up to the value of its top-level
 * {@code services}: the parser's events are read until that value starts, so a large Compose file
 * costs next to nothing. Anything unclear (no file, a YAML error, no {@code services}) is Compose,
 * whose loader then reports the problem as it always does.
 */
public final class FormatDetection {

    private FormatDetection() {
    }

    /** COMPOSE or OPENCOMPOSE: the format asked for, else the one the first file's shape says. */
    public static InputFormat detect(LoadRequest request) {
        if (request.inputFormat() != InputFormat.AUTO) {
            return request.inputFormat();
        }
        String text = InputFiles.firstText(request);
        return text != null && listsServices(text) ? InputFormat.OPENCOMPOSE : InputFormat.COMPOSE;
    }

    /** Whether the first document is a mapping whose {@code services} is a sequence. */
    static boolean listsServices(String text) {
        LoadSettings settings = LoadSettings.builder().setUseMarks(false).build();
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            int depth = 0;
            boolean expectingKey = true;
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (depth == 0 && event.getEventId() == Event.ID.SequenceStart) {
                            return false; // the document is a list: neither format
                        }
                        if (depth == 1) {
                            expectingKey = true; // a nested value opens; its key was read
                        }
                        depth++;
                    }
                    case MappingEnd, SequenceEnd -> {
                        depth--;
                        if (depth == 0) {
                            return false; // the first document ended without services
                        }
                        if (depth == 1) {
                            expectingKey = true;
                        }
                    }
                    case Scalar, Alias -> {
                        if (depth == 1) {
                            if (expectingKey && event instanceof ScalarEvent key && "services".equals(key.getValue())) {
                                return events.hasNext() && events.next().getEventId() == Event.ID.SequenceStart;
                            }
                            expectingKey = !expectingKey;
                        } else if (depth == 0) {
                            return false; // a scalar document
                        }
                    }
                    default -> {
                        // stream and document boundaries, comments
                    }
                }
            }
        } catch (YamlEngineException e) {
            return false;
        }
        return false;
    }
}
