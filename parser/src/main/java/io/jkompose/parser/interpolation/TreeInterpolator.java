package io.jkompose.parser.interpolation;

import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.ParserCode;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Interpolates every scalar value of a YAML tree with {@link Interpolator}. Mapping keys stay as
 * written (Compose does not interpolate them), and so do numbers, booleans and nulls, which cannot
 * hold a {@code $}. Tags are kept: a plain {@code ${PORT}} stays a string after interpolation (even
 * where snakeyaml-engine tagged it {@code !ENV_VARIABLE}), and typing the result is the loader's
 * business, as in compose-go.
 *
 * <p>Nodes are immutable, so the result shares every subtree that interpolation left unchanged (the
 * root itself when nothing changed).
 */
public final class TreeInterpolator {

    /**
     * The tag snakeyaml-engine's core schema gives a plain scalar that is a whole {@code ${VAR}}
     * reference (its own environment feature). In Compose such a scalar is a string to interpolate.
     */
    static final String SNAKEYAML_ENV_TAG = "!ENV_VARIABLE";

    private TreeInterpolator() {
    }

    /**
     * @param diagnostics receives an error (code {@code interpolation}) for each scalar that cannot be
     *                    interpolated; that scalar is kept as written
     */
    public static YamlNode interpolate(YamlNode root, Function<String, String> lookup, Diagnostics diagnostics) {
        return interpolate(root, lookup, diagnostics, (name, location) -> { });
    }

    /**
     * @param onUnset told each unset variable the result replaced by the empty string, with the
     *                location of the scalar that refers to it
     */
    public static YamlNode interpolate(YamlNode root, Function<String, String> lookup, Diagnostics diagnostics,
            BiConsumer<String, SourceLocation> onUnset) {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(onUnset, "onUnset");
        return root == null ? null : new Walk(lookup, diagnostics, onUnset).node(root);
    }

    private record Walk(Function<String, String> lookup, Diagnostics diagnostics,
            BiConsumer<String, SourceLocation> onUnset) {

        YamlNode node(YamlNode node) {
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return sequence(sequence);
            }
            return mapping((MappingNode) node);
        }

        private ScalarNode scalar(ScalarNode node) {
            ScalarNode scalar = SNAKEYAML_ENV_TAG.equals(node.tag())
                    ? new ScalarNode(node.value(), Tags.STR, node.plain(), node.location())
                    : node;
            if (!interpolable(scalar)) {
                return scalar;
            }
            try {
                String value = Interpolator.interpolate(scalar.value(), lookup,
                        name -> onUnset.accept(name, scalar.location()));
                return value.equals(scalar.value()) ? scalar : scalar.withValue(value);
            } catch (InterpolationException e) {
                diagnostics.error(ParserCode.INTERPOLATION, locate(scalar, e.offset()), e.getMessage(), hint(e));
                return scalar;
            }
        }

        private SequenceNode sequence(SequenceNode sequence) {
            List<YamlNode> items = sequence.items();
            List<YamlNode> changed = null;
            for (int i = 0; i < items.size(); i++) {
                YamlNode item = items.get(i);
                YamlNode result = node(item);
                if (result != item && changed == null) {
                    changed = new ArrayList<>(items.subList(0, i));
                }
                if (changed != null) {
                    changed.add(result);
                }
            }
            return changed == null ? sequence : sequence.withItems(changed);
        }

        private MappingNode mapping(MappingNode mapping) {
            List<MappingNode.Entry> entries = mapping.entries();
            List<MappingNode.Entry> changed = null;
            for (int i = 0; i < entries.size(); i++) {
                MappingNode.Entry entry = entries.get(i);
                YamlNode result = node(entry.value());
                if (result != entry.value() && changed == null) {
                    changed = new ArrayList<>(entries.subList(0, i));
                }
                if (changed != null) {
                    changed.add(result == entry.value() ? entry : new MappingNode.Entry(entry.key(), result));
                }
            }
            return changed == null ? mapping : mapping.withEntries(changed);
        }
    }

    private static boolean interpolable(ScalarNode scalar) {
        String tag = scalar.tag();
        return Interpolator.mayInterpolate(scalar.value()) && !Tags.INT.equals(tag) && !Tags.FLOAT.equals(tag)
                && !Tags.BOOL.equals(tag) && !Tags.NULL.equals(tag);
    }

    /**
     * Where the problem is, best effort: on a single-line scalar, the column of the offending
     * {@code $} (one further for a quoted scalar, whose location is its opening quote; escapes
     * before it may still shift it); on any other scalar, where the scalar starts.
     */
    static SourceLocation locate(ScalarNode scalar, int offset) {
        SourceLocation start = scalar.location();
        String value = scalar.value();
        if (start.line() <= 0 || start.column() <= 0 || value.indexOf('\n') >= 0 || offset < 0
                || offset > value.length()) {
            return start;
        }
        int shift = value.codePointCount(0, offset) + (scalar.plain() ? 0 : 1);
        return SourceLocation.of(start.file(), start.line(), start.column() + shift);
    }

    private static String hint(InterpolationException e) {
        return switch (e.problem()) {
            case MISSING_REQUIRED -> "set " + e.variable() + " in the environment or in the project's .env file";
            case INVALID_FORMAT -> "write $$ for a literal $";
        };
    }
}
