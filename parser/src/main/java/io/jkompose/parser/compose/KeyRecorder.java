package io.jkompose.parser.compose;

import io.jkompose.model.SourceLocation;

/**
 * Records a nested key the model has no field for ({@code build.cache_from}, {@code volumes.bind.recursive}...)
 * into the service's keys, so the converters can say they do not carry it instead of dropping it silently.
 */
@FunctionalInterface
interface KeyRecorder {

    void record(String dottedKey, SourceLocation location);
}
