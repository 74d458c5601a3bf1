package io.jkompose.parser.compose;

import java.util.function.Function;

/**
 * What the mappers share while one project loads: the diagnostics (through {@link Values}), the
 * project's paths, the interpolation environment and the env files read.
 */
final class LoadContext {

    final Values values;
    final ProjectPaths paths;
    final Function<String, String> lookup;
    final KeyValues keyValues;
    final PortParser ports;
    final VolumeParser volumes;
    final EnvFileTexts envFileTexts;
    final EnvFileLoader envFiles;

    /** @param envFileTexts the env files read so far, shared by the whole load */
    LoadContext(Values values, ProjectPaths paths, Function<String, String> lookup, EnvFileTexts envFileTexts) {
        this.values = values;
        this.paths = paths;
        this.lookup = lookup;
        this.envFileTexts = envFileTexts;
        this.keyValues = new KeyValues(values);
        this.ports = new PortParser(values);
        this.volumes = new VolumeParser(values, paths);
        this.envFiles = new EnvFileLoader(values, paths, lookup, envFileTexts);
    }
}
