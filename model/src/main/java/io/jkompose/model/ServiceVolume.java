package io.jkompose.model;

/**
 * One entry of a service's {@code volumes}, in long form.
 *
 * @param type    {@code volume}, {@code bind}, {@code tmpfs}, {@code npipe}, {@code cluster} or {@code image}
 * @param source  the named volume, or the host path of a bind mount made absolute by the loader;
 *                null for an anonymous volume and for tmpfs
 * @param written the source as the compose file wrote it (relative bind paths name kompose's ConfigMaps)
 */
public record ServiceVolume(String type, String source, String written, String target, boolean readOnly,
        String consistency, String bindPropagation, Boolean createHostPath, String selinux,
        Boolean noCopy, String subpath, Long tmpfsSize, Integer tmpfsMode, SourceLocation location) {

    public static final String VOLUME = "volume";
    public static final String BIND = "bind";
    public static final String TMPFS = "tmpfs";

    public boolean isAnonymous() {
        return VOLUME.equals(type) && (source == null || source.isEmpty());
    }
}
