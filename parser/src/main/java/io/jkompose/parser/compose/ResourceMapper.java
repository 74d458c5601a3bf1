package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.Network;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * The top-level {@code volumes}, {@code networks}, {@code configs} and {@code secrets}. Their keys are
 * names the user chose, so {@code x-} names are resources here, not extensions (as in Compose).
 */
final class ResourceMapper {

    private final LoadContext context;
    private final Values values;

    ResourceMapper(LoadContext context) {
        this.context = context;
        this.values = context.values;
    }

    /** {@code external: true}, or the older {@code external: {name: x}} with its name. */
    private record External(boolean external, String name) {
    }

    TreeMap<String, Volume> volumes(YamlNode node) {
        TreeMap<String, Volume> result = new TreeMap<>();
        MappingNode mapping = values.mapping(node, "volumes");
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String path = "volumes." + entry.name();
            MappingNode volume = body(entry, path);
            if (volume == null) {
                result.put(entry.name(), new Volume(entry.name(), null, null, null, false, null,
                        entry.key().location()));
                continue;
            }
            values.checkKeys(volume, KnownKeys.VOLUME, path);
            External external = external(volume, path, true);
            TreeMap<String, String> driverOpts = stringMap(volume.get("driver_opts"), path + ".driver_opts");
            result.put(entry.name(), new Volume(entry.name(), name(volume, path, external),
                    values.string(volume.get("driver"), path + ".driver"), driverOpts, external.external(),
                    labels(volume.get("labels"), path + ".labels"), entry.key().location()));
        }
        return result;
    }

    TreeMap<String, Network> networks(YamlNode node) {
        TreeMap<String, Network> result = new TreeMap<>();
        MappingNode mapping = values.mapping(node, "networks");
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String path = "networks." + entry.name();
            MappingNode network = body(entry, path);
            if (network == null) {
                result.put(entry.name(), new Network(entry.name(), null, null, false, false, null,
                        entry.key().location()));
                continue;
            }
            values.checkKeys(network, KnownKeys.NETWORK, path);
            External external = external(network, path, false);
            Boolean internal = values.bool(network.get("internal"), path + ".internal");
            result.put(entry.name(), new Network(entry.name(), name(network, path, external),
                    values.string(network.get("driver"), path + ".driver"), external.external(),
                    Boolean.TRUE.equals(internal), labels(network.get("labels"), path + ".labels"),
                    entry.key().location()));
        }
        return result;
    }

    TreeMap<String, ConfigDefinition> configs(YamlNode node) {
        TreeMap<String, ConfigDefinition> result = new TreeMap<>();
        MappingNode mapping = values.mapping(node, "configs");
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String path = "configs." + entry.name();
            MappingNode config = body(entry, path);
            if (config == null) {
                missingSource(entry, path, "file, content or environment");
                continue;
            }
            values.checkKeys(config, KnownKeys.CONFIG, path);
            External external = external(config, path, false);
            Path file = file(config, path);
            String content = values.string(config.get("content"), path + ".content");
            String environment = values.string(config.get("environment"), path + ".environment");
            if (environment != null && content == null) {
                content = fromEnvironment(config, environment, path);
            }
            int sources = count(config, "file", "content", "environment");
            if (!external.external() && sources == 0 && !config.has("driver")) {
                missingSource(entry, path, "file, content or environment");
            } else if (sources > 1) {
                values.error(ParserCode.INVALID_VALUE, entry.key().location(), path
                        + " has more than one of file, content and environment", "keep only one of them");
            }
            result.put(entry.name(), new ConfigDefinition(entry.name(), name(config, path, external), file, content,
                    environment, external.external(), entry.key().location(), fileLocation(config)));
        }
        return result;
    }

    TreeMap<String, SecretDefinition> secrets(YamlNode node) {
        TreeMap<String, SecretDefinition> result = new TreeMap<>();
        MappingNode mapping = values.mapping(node, "secrets");
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String path = "secrets." + entry.name();
            MappingNode secret = body(entry, path);
            if (secret == null) {
                missingSource(entry, path, "file or environment");
                continue;
            }
            values.checkKeys(secret, KnownKeys.SECRET, path);
            External external = external(secret, path, false);
            Path file = file(secret, path);
            String environment = values.string(secret.get("environment"), path + ".environment");
            String content = environment == null ? null : fromEnvironment(secret, environment, path);
            int sources = count(secret, "file", "environment");
            if (!external.external() && sources == 0 && !secret.has("driver")) {
                missingSource(entry, path, "file or environment");
            } else if (sources > 1) {
                values.error(ParserCode.INVALID_VALUE, entry.key().location(), path
                        + " has both file and environment", "keep only one of them");
            }
            result.put(entry.name(), new SecretDefinition(entry.name(), name(secret, path, external), file, content,
                    environment, external.external(), entry.key().location(), fileLocation(secret)));
        }
        return result;
    }

    private static SourceLocation fileLocation(MappingNode mapping) {
        YamlNode node = mapping.get("file");
        return Values.isAbsent(node) ? null : node.location();
    }

    /** The entry's mapping; null for an entry written without a body ({@code data:}). */
    private MappingNode body(MappingNode.Entry entry, String path) {
        if (entry.value().isNull()) {
            return null;
        }
        return values.mapping(entry.value(), path);
    }

    /** @param strict whether other keys beside it are errors (as Compose checks for volumes) */
    private External external(MappingNode mapping, String path, boolean strict) {
        YamlNode node = mapping.get("external");
        if (Values.isAbsent(node)) {
            return new External(false, null);
        }
        String name = null;
        boolean external;
        if (node instanceof MappingNode legacy) {
            values.checkKeys(legacy, KnownKeys.EXTERNAL, path + ".external");
            name = values.string(legacy.get("name"), path + ".external.name");
            external = true;
        } else {
            external = Boolean.TRUE.equals(values.bool(node, path + ".external"));
        }
        if (external && strict) {
            for (MappingNode.Entry entry : mapping.entries()) {
                String key = entry.name();
                if (!key.equals("external") && !key.equals("name") && !KnownKeys.isExtension(key)) {
                    values.error(ParserCode.INVALID_VALUE, entry.key().location(), path + " is external, so '" + key
                            + "' cannot be set: the resource is managed outside this project", "remove " + key);
                }
            }
        }
        return new External(external, name);
    }

    private String name(MappingNode mapping, String path, External external) {
        String name = values.string(mapping.get("name"), path + ".name");
        if (name != null && external.name() != null && !name.equals(external.name())) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("name").location(), path + ".name ('" + name
                    + "') and external.name ('" + external.name() + "') disagree", "keep only name");
        }
        return name != null ? name : external.name();
    }

    private Path file(MappingNode mapping, String path) {
        YamlNode node = mapping.get("file");
        String written = values.string(node, path + ".file");
        if (written == null) {
            return null;
        }
        try {
            Path file = context.paths.resolve(written, node.location());
            if (!Files.isRegularFile(file)) {
                // as in Compose, loading goes on (config needs no content); converting it is an error
                values.warn(ParserCode.MISSING_FILE, node.location(), path + ".file: '" + written
                        + "' " + FilePaths.whyNotAFile(file) + " (" + file + ")", null);
            } else {
                context.paths.warnIfOutside(values, node.location(), path + ".file", written, file);
            }
            return file;
        } catch (InvalidPathException e) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ".file: '" + written
                    + "' is not a valid path", null);
            return null;
        }
    }

    private String fromEnvironment(MappingNode mapping, String variable, String path) {
        String value = context.lookup.apply(variable);
        if (value == null) {
            values.warn(ParserCode.UNSET_VARIABLE, mapping.get("environment").location(), path
                    + ".environment: the variable " + variable + " is not set", "set it, or put it in .env");
        }
        return value;
    }

    private static int count(MappingNode mapping, String... keys) {
        int count = 0;
        for (String key : keys) {
            if (!Values.isAbsent(mapping.get(key))) {
                count++;
            }
        }
        return count;
    }

    private void missingSource(MappingNode.Entry entry, String path, String sources) {
        SourceLocation location = entry.key().location();
        values.error(ParserCode.INVALID_VALUE, location, path + " says nothing about its content",
                "give it one of " + sources + ", or external: true");
    }

    private TreeMap<String, String> labels(YamlNode node, String path) {
        TreeMap<String, String> result = new TreeMap<>();
        context.keyValues.read(node, path)
                .forEach((key, entry) -> result.put(key, entry.value() == null ? "" : entry.value()));
        return result;
    }

    private TreeMap<String, String> stringMap(YamlNode node, String path) {
        TreeMap<String, String> result = new TreeMap<>();
        MappingNode mapping = values.mapping(node, path);
        if (mapping != null) {
            for (MappingNode.Entry entry : mapping.entries()) {
                String value = values.string(entry.value(), path + "." + entry.name());
                result.put(entry.name(), value == null ? "" : value);
            }
        }
        return result;
    }
}
