package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.parser.interpolation.TreeInterpolator;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Loads a list of Compose documents into one merged tree, the way Compose loads each file: the
 * document is interpolated, its {@code include}s are loaded and imported, its services'
 * {@code extends} are resolved, and the result is merged onto the documents before it. The project
 * is one such model; each {@code include} is another, with its own folder and environment.
 */
final class ModelLoader {

    private final LoadSession session;
    private final Function<String, String> lookup;
    private final List<Path> includeChain;
    private final IncludeResolver includes;
    private final ExtendsResolver extensions;

    /**
     * @param lookup       the interpolation environment of this model
     * @param includeChain the files that include this model, outermost first (for cycles)
     */
    ModelLoader(LoadSession session, Function<String, String> lookup, List<Path> includeChain) {
        this.session = session;
        this.lookup = lookup;
        this.includeChain = List.copyOf(includeChain);
        this.includes = new IncludeResolver(session, this);
        this.extensions = new ExtendsResolver(session, this);
    }

    Function<String, String> lookup() {
        return lookup;
    }

    /** The merged model; null when a document could not be loaded (reported). An empty list gives an empty model. */
    MappingNode load(List<Document> documents) {
        TreeMerger merger = new TreeMerger(session.values);
        MappingNode merged = null;
        boolean failed = false;
        for (Document document : documents) {
            int errorsBefore = session.errorCount();
            MappingNode layer = layer(document);
            // a value that could not be interpolated is kept as written and would only cause follow-on errors
            if (layer == null || session.errorCount() > errorsBefore) {
                failed = true;
                continue;
            }
            merged = merged == null ? OverrideTags.strip(layer) : merger.merge(merged, layer);
        }
        if (failed) {
            return null;
        }
        return merged != null ? merged : MappingNode.empty(io.jkompose.model.SourceLocation.NONE);
    }

    /** One document made ready to merge: interpolated, includes imported, extends resolved. */
    private MappingNode layer(Document document) {
        MappingNode root = interpolate(document.root());
        if (root == null) {
            return null;
        }
        List<Path> chain = new ArrayList<>(includeChain);
        chain.add(document.file().path());
        root = includes.apply(root, chain);
        return extensions.apply(root, document.file().display());
    }

    /** The document with its variables substituted; null when one could not be (reported). */
    MappingNode interpolate(MappingNode document) {
        if (!session.interpolate) {
            return document;
        }
        int errorsBefore = session.errorCount();
        YamlNode interpolated = TreeInterpolator.interpolate(document, lookup, session.values.diagnostics(),
                (variable, location) -> session.values.warn(ParserCode.UNSET_VARIABLE, location, "the variable "
                        + variable + " is not set; it is replaced by an empty string", "set it in the environment "
                        + "or in the project's .env file, or give a default: ${" + variable + ":-value}"));
        if (session.errorCount() > errorsBefore) {
            return null;
        }
        return interpolated instanceof MappingNode mapping ? mapping : document;
    }
}
