package io.jkompose.parser.yaml;

import io.jkompose.model.InOrder;
import io.jkompose.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads YAML 1.2 text into {@link YamlNode}s, from snakeyaml-engine's event stream.
 *
 * <p>Building from events rather than from snakeyaml's composer keeps the reader iterative (a
 * deeply nested document cannot overflow the stack) and lets it guard against hostile input as it
 * goes: a size limit, a nesting limit, and a limit on the size the document would have with every
 * alias expanded (the "billion laughs" attack). Aliases share the anchored node, which is safe
 * because nodes are immutable. {@code <<} merge keys (YAML 1.1, which Compose files use) are
 * applied here: keys written in the mapping win over merged ones, earlier merged mappings over later.
 */
public final class YamlReader {

    /** The limits; the defaults are far above any real Compose file. */
    public record Limits(int maxCodePoints, int maxDepth, long maxExpandedNodes, int maxScalarLength) {

        public static final Limits DEFAULT = new Limits(16 * 1024 * 1024, 128, 2_000_000, 1024 * 1024);
    }

    private static final String SYNTAX_HINT = "check the indentation (spaces only, no tabs), the quotes and the "
            + "brackets here and on the lines above";

    private static final String MERGE_KEY = "<<";
    private static final String NUMBER_OR_NULL_STARTS = "-+.0123456789~";
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    /**
     * From this length on (about 250 services), a text whose largest top-level body splits
     * ({@link BlockSplit}) is read on several threads: reading YAML is a third of loading a large
     * project, and the rest of loading and converting is already spread over the cores.
     */
    static final int PARALLEL_FROM_CHARS = 128 * 1024;
    /** With one core, pieces are only more work. */
    private static final boolean SEVERAL_CORES = Runtime.getRuntime().availableProcessors() > 1;

    private final Limits limits;
    private final int parallelFromChars;

    public YamlReader() {
        this(Limits.DEFAULT);
    }

    public YamlReader(Limits limits) {
        this(limits, PARALLEL_FROM_CHARS);
    }

    /** @param parallelFromChars from this length on, a text is read in pieces where it can be (tests lower it) */
    YamlReader(Limits limits, int parallelFromChars) {
        this.limits = limits;
        this.parallelFromChars = parallelFromChars;
    }

    /**
     * Every document of the text, in order; an empty text gives an empty list.
     *
     * @param file the name locations carry (the path as the user wrote it)
     */
    public List<YamlNode> readAll(String text, String file) throws YamlException {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            throw new YamlException("the file is larger than " + limits.maxCodePoints()
                    + " characters; jkompose refuses to read it", SourceLocation.of(file, 1, 1),
                    LimitHints.howToRaise(LimitHints.FILE_CHARS_PROPERTY));
        }
        if (SEVERAL_CORES && text.length() >= parallelFromChars) {
            List<YamlNode> inPieces = readInPieces(text, file);
            if (inPieces != null) {
                return inPieces;
            }
        }
        try {
            return new Builder(file, 0, 0, false).build(parse(text, file));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new YamlException("invalid YAML: " + describe(e), at(file, mark, 0), SYNTAX_HINT);
        } catch (ReaderException e) {
            int codePoint = e.getCodePoint();
            throw new YamlException(String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML text",
                    codePoint), atCodePoint(text, file, e.getPosition()),
                    "remove it; a Compose file is text, and control characters must be written as escapes "
                            + "in a double-quoted string");
        } catch (YamlEngineException e) {
            throw new YamlException("invalid YAML: " + e.getMessage(), SourceLocation.of(file, 1, 1), SYNTAX_HINT);
        }
    }

    private Iterable<Event> parse(String text, String file) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setCodePointLimit(Math.max(limits.maxCodePoints(), 1) + 1)
                .build();
        return new Parse(settings).parseString(text);
    }

    /**
     * The text read as pieces on several threads ({@link BlockSplit}): the split body's pieces, and
     * the rest of the text with that body emptied. Null when the text does not split, or when anything
     * could make the result differ from reading it whole: any error (the whole reading then reports
     * it, where it is), an anchor or alias (it may point across pieces), a key in two pieces.
     */
    List<YamlNode> readInPieces(String text, String file) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;  // the caller works too
        BlockSplit split = BlockSplit.of(text, 4 * threads);
        if (split == null) {
            return null;
        }
        int pieces = split.pieces().size();
        List<Supplier<YamlNode>> reads = new ArrayList<>(pieces + 1);
        for (int i = 0; i < pieces; i++) {
            int piece = i;
            // a piece is the key's value: it sits one level deep, its lines further down
            reads.add(() -> readPiece(split.piece(text, piece), file, split.firstLines().get(piece), 1));
        }
        reads.add(() -> readPiece(split.rest(text), file, 0, 0));
        List<YamlNode> read = InOrder.map(reads, true, Supplier::get);
        if (!(read.get(pieces) instanceof MappingNode root) || !(root.get(split.key()) instanceof ScalarNode emptied)
                || !emptied.isNull()) {
            return null;
        }
        List<MappingNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pieces; i++) {
            if (!(read.get(i) instanceof MappingNode piece) || !Tags.MAP.equals(piece.tag())) {
                return null;
            }
            for (MappingNode.Entry entry : piece.entries()) {
                if (!seen.add(entry.name())) {
                    return null;
                }
                entries.add(entry);
            }
        }
        MappingNode body = new MappingNode(entries, Tags.MAP, read.get(0).location());
        List<MappingNode.Entry> rootEntries = new ArrayList<>(root.entries());
        rootEntries.replaceAll(entry -> entry.name().equals(split.key()) ? new MappingNode.Entry(entry.key(), body)
                : entry);
        return List.of(root.withEntries(rootEntries));
    }

    /** The one document of a piece, or null for anything else (none, several, an error, an anchor or alias). */
    private YamlNode readPiece(String piece, String file, int lineOffset, int depthOffset) {
        try {
            List<YamlNode> documents = new Builder(file, lineOffset, depthOffset, true).build(parse(piece, file));
            return documents.size() == 1 ? documents.get(0) : null;
        } catch (YamlException | YamlEngineException e) {
            return null;
        }
    }

    /**
     * The tag YAML 1.2's core schema gives a plain scalar written without a tag (int, float, bool,
     * null or str), for scalars that lose a local tag such as {@code !override}. snakeyaml's
     * {@code !ENV_VARIABLE} for {@code ${X}} is a string to us.
     */
    public static String implicitTag(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (Character.isLetter(first)) {
                // Of the core schema's ints, floats, bools and nulls only these words start with a letter:
                // names, keys and images, most of a file, need no regex.
                return switch (value) {
                    case "true", "True", "TRUE", "false", "False", "FALSE" -> Tags.BOOL;
                    case "null", "Null", "NULL" -> Tags.NULL;
                    default -> Tags.STR;
                };
            }
            if (NUMBER_OR_NULL_STARTS.indexOf(first) < 0) {
                return Tags.STR;  // the others all start with one of these
            }
        }
        String tag = RESOLVER.resolve(value, true).getValue();
        return switch (tag) {
            case Tags.INT, Tags.FLOAT, Tags.BOOL, Tags.NULL -> tag;
            default -> Tags.STR;
        };
    }

    /** The first document, or null when the text holds none. */
    public YamlNode read(String text, String file) throws YamlException {
        List<YamlNode> documents = readAll(text, file);
        return documents.isEmpty() ? null : documents.get(0);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().trim();
        String context = e.getContext() == null ? "" : e.getContext().trim();
        if (context.isEmpty()) {
            return problem;
        }
        return problem.isEmpty() ? context : problem + " (" + context + ")";
    }

    /** The line and column of the code point at {@code position} (counted from 0) of the text. */
    private static SourceLocation atCodePoint(String text, String file, int position) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int seen = 0; seen < position && index < text.length(); seen++) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return SourceLocation.of(file, line, column);
    }

    /** @param lineOffset the line of the whole text the mark's text starts on (a piece's) */
    private static SourceLocation at(String file, Mark mark, int lineOffset) {
        if (mark == null) {
            return SourceLocation.file(file);
        }
        return SourceLocation.of(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** One pass over the events; a frame per open collection. */
    private final class Builder {

        private final String file;
        private final int lineOffset;
        private final int depthOffset;
        private final boolean refuseAnchors;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Built> anchors = new HashMap<>();
        private final List<YamlNode> documents = new ArrayList<>();
        /** Nodes the document's aliases stand for, expanded: what the billion-laughs limit counts. */
        private long throughAliases;

        /**
         * @param lineOffset    the line of the whole text the events' first line is (a piece's)
         * @param depthOffset   how deep in the whole text the events' root is
         * @param refuseAnchors whether an anchor or alias is an error (a piece's may point across pieces)
         */
        Builder(String file, int lineOffset, int depthOffset, boolean refuseAnchors) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.depthOffset = depthOffset;
            this.refuseAnchors = refuseAnchors;
        }

        List<YamlNode> build(Iterable<Event> events) throws YamlException {
            for (Event event : events) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        anchors.clear();
                        throughAliases = 0;
                    }
                    case Scalar -> add(scalar((ScalarEvent) event));
                    case Alias -> add(alias((AliasEvent) event));
                    case SequenceStart, MappingStart -> open((CollectionStartEvent) event);
                    case SequenceEnd, MappingEnd -> add(stack.pop().close());
                    default -> {
                        // stream and document boundaries, comments: nothing to build
                    }
                }
            }
            return documents;
        }

        private Built scalar(ScalarEvent event) throws YamlException {
            String tag = event.getTag().orElse(null);
            if (tag == null || "!".equals(tag)) {
                tag = event.isPlain() ? implicitTag(event.getValue()) : Tags.STR;
            }
            if (event.getValue().length() > limits.maxScalarLength()) {
                throw new YamlException("this value is longer than " + limits.maxScalarLength() + " characters",
                        location(event), LimitHints.howToRaise(LimitHints.SCALAR_CHARS_PROPERTY));
            }
            ScalarNode node = new ScalarNode(event.getValue(), tag, event.isPlain(), location(event));
            return remember(event, new Built(node, 1));
        }


        private Built alias(AliasEvent event) throws YamlException {
            if (refuseAnchors) {
                throw new YamlException("an alias in a piece", location(event));
            }
            String name = event.getAlias().getValue();
            Built target = anchors.get(name);
            if (target == null) {
                throw new YamlException("alias *" + name + " refers to no anchor &" + name
                        + " defined before it (an alias cannot point into the node that holds it)", location(event));
            }
            // Only what aliases repeat counts: a large file without aliases is no expansion attack.
            throughAliases += target.expanded();
            if (throughAliases > limits.maxExpandedNodes()) {
                throw new YamlException("the document expands to more than " + limits.maxExpandedNodes()
                        + " nodes through its aliases; jkompose refuses to read it", location(event),
                        "write the repeated parts out, or anchor larger parts; "
                                + LimitHints.howToRaise(LimitHints.ALIAS_NODES_PROPERTY));
            }
            return target;
        }

        private void open(CollectionStartEvent event) throws YamlException {
            if (stack.size() + depthOffset >= limits.maxDepth()) {
                throw new YamlException("the document nests deeper than " + limits.maxDepth() + " levels",
                        location(event), LimitHints.howToRaise(LimitHints.DEPTH_PROPERTY));
            }
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            stack.push(new Frame(event, mapping, event.getTag().orElse(mapping ? Tags.MAP : Tags.SEQ),
                    location(event)));
        }

        private void add(Built built) {
            Frame parent = stack.peek();
            if (parent == null) {
                documents.add(built.node());
                return;
            }
            parent.add(built);
        }

        private Built remember(NodeEvent event, Built built) throws YamlException {
            Optional<Anchor> anchor = event.getAnchor();
            if (anchor.isPresent()) {
                if (refuseAnchors) {
                    throw new YamlException("an anchor in a piece", location(event));
                }
                anchors.put(anchor.get().getValue(), built);
            }
            return built;
        }

        private SourceLocation location(Event event) {
            return at(file, event.getStartMark().orElse(null), lineOffset);
        }

        /** An open collection: its items so far and the size it has with aliases expanded. */
        private final class Frame {

            private final CollectionStartEvent start;
            private final boolean mapping;
            private final String tag;
            private final SourceLocation location;
            private final List<YamlNode> items = new ArrayList<>();
            private long expanded = 1;

            Frame(CollectionStartEvent start, boolean mapping, String tag, SourceLocation location) {
                this.start = start;
                this.mapping = mapping;
                this.tag = tag;
                this.location = location;
            }

            void add(Built built) {
                expanded += built.expanded();
                items.add(built.node());
            }

            Built close() throws YamlException {
                YamlNode node = mapping ? mapping() : new SequenceNode(items, tag, location);
                return remember(start, new Built(node, expanded));
            }

            private MappingNode mapping() throws YamlException {
                List<MappingNode.Entry> own = new ArrayList<>(items.size() / 2);
                List<MappingNode> merged = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i + 1 < items.size(); i += 2) {
                    YamlNode key = items.get(i);
                    YamlNode value = items.get(i + 1);
                    if (!(key instanceof ScalarNode scalarKey) || key.isNull()) {
                        throw new YamlException("a mapping key must be a plain text, not " + key.kind(),
                                key.location());
                    }
                    if (MERGE_KEY.equals(scalarKey.value()) && scalarKey.plain()) {
                        mergeSources(value, merged);
                        continue;
                    }
                    if (!seen.add(scalarKey.value())) {
                        throw new YamlException("duplicate key '" + scalarKey.value() + "' in this mapping",
                                key.location(), "keep one of them");
                    }
                    own.add(new MappingNode.Entry(scalarKey, value));
                }
                for (MappingNode source : merged) {
                    for (MappingNode.Entry entry : source.entries()) {
                        if (seen.add(entry.name())) {
                            own.add(entry);
                        }
                    }
                }
                return new MappingNode(own, tag, location);
            }

            private void mergeSources(YamlNode value, List<MappingNode> merged) throws YamlException {
                if (value instanceof MappingNode source) {
                    merged.add(source);
                    return;
                }
                if (value instanceof SequenceNode sequence) {
                    for (YamlNode item : sequence.items()) {
                        if (!(item instanceof MappingNode source)) {
                            throw new YamlException("a '<<' merge key takes mappings, not " + item.kind(),
                                    item.location());
                        }
                        merged.add(source);
                    }
                    return;
                }
                throw new YamlException("a '<<' merge key takes a mapping or a list of mappings, not "
                        + value.kind(), value.location());
            }
        }
    }

    /** A finished node and its size with aliases expanded. */
    private record Built(YamlNode node, long expanded) {
    }
}
