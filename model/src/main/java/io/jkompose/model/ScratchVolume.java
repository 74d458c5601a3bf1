package io.jkompose.model;

/**
 * A mount of a scratch volume: a volume that belongs to one running instance of a service, is
 * empty when the instance starts, is shared by the containers of that instance and goes away with
 * it. Compose has no key for it; OpenCompose's {@code emptyDirVolumes} are such volumes.
 *
 * @param name    the volume's name; containers of one instance that mount the same name share it
 * @param target  the path in the container
 * @param subpath the path inside the volume to mount, or null for its root
 */
public record ScratchVolume(String name, String target, String subpath, boolean readOnly, SourceLocation location) {
}
