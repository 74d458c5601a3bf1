package io.jkompose.parser.opencompose;

import io.jkompose.model.EnvVar;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An OpenCompose file as written and checked, before it is mapped into the neutral model: one record
 * per section of the file reference. Values are as the file gave them; absent optional values are null.
 */
final class OpenComposeSpec {

    private OpenComposeSpec() {
    }

    record File(String display, Path path, List<Service> services, List<Volume> volumes) {
    }

    /**
     * @param location where its list item starts
     * @param keys     each key it wrote, and where
     */
    record Service(String name, SourceLocation location, Map<String, SourceLocation> keys, Integer replicas,
            SortedMap<String, String> labels, List<Container> containers, List<EmptyDir> emptyDirs) {
    }

    /**
     * @param name    null when the file gave none
     * @param index   its position in the service's containers, from 0
     * @param command null when not written; replaces the image's entrypoint
     * @param args    null when not written; replaces the image's command
     */
    record Container(String name, int index, SourceLocation location, Map<String, SourceLocation> keys, String image,
            SortedMap<String, EnvVar> env, List<String> command, List<String> args, List<Port> ports,
            List<Mount> mounts) {
    }

    /**
     * @param host     null when none (then path is null too)
     * @param path     null when none; starts with a slash
     * @param location where the port's list item starts
     */
    record Port(int containerPort, int servicePort, boolean external, String host, String path,
            SourceLocation location, SourceLocation hostLocation) {
    }

    /** @param subPath null for the volume's root */
    record Mount(String volumeRef, SourceLocation refLocation, String mountPath, String subPath, boolean readOnly,
            SourceLocation location) {
    }

    /** @param size a Kubernetes quantity; @param storageClass null when not given */
    record Volume(String name, String size, String accessMode, String storageClass, SourceLocation location) {
    }

    record EmptyDir(String name, SourceLocation location) {
    }
}
