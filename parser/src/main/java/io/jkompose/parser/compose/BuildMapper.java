package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Build;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's {@code build}: a context folder (string form) or the long form. A local context is made
 * absolute against the project directory; a Git or HTTP URL stays as written.
 */
final class BuildMapper {

    private static final List<String> REMOTE_PREFIXES = List.of("https://", "http://", "git://", "ssh://",
            "github.com/", "git@");

    private final LoadContext context;

    BuildMapper(LoadContext context) {
        this.context = context;
    }

    Build map(YamlNode node, String path, KeyRecorder keys) {
        Values values = context.values;
        if (Values.isAbsent(node)) {
            // "build:" with nothing: no build; a service without an image is reported as such
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String folder = contextPath(scalar.value(), scalar, path);
            return folder == null ? null : new Build(folder, "Dockerfile", null, null, null, node.location());
        }
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.BUILD, path);
        for (MappingNode.Entry entry : mapping.entries()) {
            if (KnownKeys.BUILD.contains(entry.name()) && !KnownKeys.BUILD_MODELLED.contains(entry.name())) {
                keys.record("build." + entry.name(), entry.key().location());
            }
        }
        YamlNode contextNode = mapping.get("context");
        String written = values.string(contextNode, path + ".context");
        String folder = contextPath(written == null || written.isEmpty() ? "." : written,
                contextNode == null ? mapping : contextNode, path + ".context");
        String dockerfile = values.string(mapping.get("dockerfile"), path + ".dockerfile");
        boolean inline = !Values.isAbsent(mapping.get("dockerfile_inline"));
        if (dockerfile != null && inline) {
            values.error(ParserCode.INVALID_VALUE, mapping.entry("dockerfile").key().location(), path
                    + " has both 'dockerfile' and 'dockerfile_inline'", "keep only one of them");
        }
        if (dockerfile == null && !inline) {
            dockerfile = "Dockerfile";
        }
        Map<String, String> args = new TreeMap<>();
        for (KeyValues.Entry arg : context.keyValues.read(mapping.get("args"), path + ".args").values()) {
            // an argument without a value takes it from the environment, and is left out when that has none
            String value = arg.value() != null ? arg.value() : context.lookup.apply(arg.key());
            if (value != null) {
                args.put(arg.key(), value);
            }
        }
        String target = values.string(mapping.get("target"), path + ".target");
        List<String> tags = values.strings(mapping.get("tags"), path + ".tags");
        if (folder == null) {
            return null;
        }
        return new Build(folder, dockerfile, new TreeMap<>(args), target, tags, node.location());
    }

    private String contextPath(String written, YamlNode node, String path) {
        if (isRemote(written)) {
            return written;
        }
        try {
            return context.paths.resolveHostPath(written, node.location());
        } catch (InvalidPathException e) {
            context.values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + written
                    + "' is not a valid path", null);
            return null;
        }
    }

    static boolean isRemote(String context) {
        if (context.contains("://") || context.startsWith("service:")) {
            return true;
        }
        for (String prefix : REMOTE_PREFIXES) {
            if (context.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
