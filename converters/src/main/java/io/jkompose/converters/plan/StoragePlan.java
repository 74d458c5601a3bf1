package io.jkompose.converters.plan;

/** What a service's volumes become (claims, emptyDirs, hostPaths, ConfigMaps), decided once. */
public record StoragePlan() {

    static StoragePlan none() {
        return new StoragePlan();
    }
}
