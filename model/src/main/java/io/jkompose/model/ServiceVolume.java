package io.jkompose.model;

import java.util.Objects;

/**
 * One entry of a service's {@code volumes}, in long form. Make one with {@link #volume}, {@link #bind},
 * {@link #tmpfs}, or {@link #builder} when it has options.
 *
 * @param type    what is mounted; never null
 * @param source  the named volume, or the host path of a bind mount made absolute by the loader;
 *                null for an anonymous volume and for tmpfs
 * @param written the source as the compose file wrote it (relative bind paths name kompose's ConfigMaps)
 */
public record ServiceVolume(Type type, String source, String written, String target, boolean readOnly,
        String consistency, String bindPropagation, Boolean createHostPath, String selinux,
        Boolean noCopy, String subpath, Long tmpfsSize, Integer tmpfsMode, SourceLocation location) {

    /** The mount types of the Compose Specification ({@code volumes[].type}). */
    public enum Type implements WrittenValue {
        VOLUME("volume"),
        BIND("bind"),
        TMPFS("tmpfs"),
        NPIPE("npipe"),
        CLUSTER("cluster"),
        IMAGE("image");

        private final String written;

        Type(String written) {
            this.written = written;
        }

        /** The type as a compose file writes it: {@code volume}, {@code bind}… */
        @Override
        public String written() {
            return written;
        }

        /** The type written so, or null when {@code written} names none. */
        public static Type fromWritten(String written) {
            return WrittenValue.fromWritten(Type.class, written);
        }
    }

    public ServiceVolume {
        Objects.requireNonNull(type, "type");
    }

    public boolean isAnonymous() {
        return type == Type.VOLUME && (source == null || source.isEmpty());
    }

    /** The named volume {@code source} (null: an anonymous one) mounted read-write at {@code target}. */
    public static ServiceVolume volume(String source, String target) {
        return builder(Type.VOLUME, target).source(source).build();
    }

    /** The host path {@code source}, written so, mounted read-write at {@code target}. */
    public static ServiceVolume bind(String source, String target) {
        return builder(Type.BIND, target).source(source).build();
    }

    /** A tmpfs of the default size at {@code target}. */
    public static ServiceVolume tmpfs(String target) {
        return builder(Type.TMPFS, target).build();
    }

    /** A mount of {@code type} at {@code target}; every other part is unset until given. */
    public static Builder builder(Type type, String target) {
        return new Builder(type, target);
    }

    /** Builds a {@link ServiceVolume} part by part; unset parts stay null ({@code readOnly} false). */
    public static final class Builder {
        private final Type type;
        private final String target;
        private String source;
        private String written;
        private boolean readOnly;
        private String consistency;
        private String bindPropagation;
        private Boolean createHostPath;
        private String selinux;
        private Boolean noCopy;
        private String subpath;
        private Long tmpfsSize;
        private Integer tmpfsMode;
        private SourceLocation location;

        private Builder(Type type, String target) {
            this.type = type;
            this.target = target;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The source as written, when it differs from {@link #source}; unset, it is the source. */
        public Builder written(String written) {
            this.written = written;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder consistency(String consistency) {
            this.consistency = consistency;
            return this;
        }

        public Builder bindPropagation(String bindPropagation) {
            this.bindPropagation = bindPropagation;
            return this;
        }

        public Builder createHostPath(Boolean createHostPath) {
            this.createHostPath = createHostPath;
            return this;
        }

        public Builder selinux(String selinux) {
            this.selinux = selinux;
            return this;
        }

        public Builder noCopy(Boolean noCopy) {
            this.noCopy = noCopy;
            return this;
        }

        public Builder subpath(String subpath) {
            this.subpath = subpath;
            return this;
        }

        public Builder tmpfsSize(Long tmpfsSize) {
            this.tmpfsSize = tmpfsSize;
            return this;
        }

        public Builder tmpfsMode(Integer tmpfsMode) {
            this.tmpfsMode = tmpfsMode;
            return this;
        }

        public Builder location(SourceLocation location) {
            this.location = location;
            return this;
        }

        public ServiceVolume build() {
            return new ServiceVolume(type, source, written != null ? written : source, target, readOnly, consistency,
                    bindPropagation, createHostPath, selinux, noCopy, subpath, tmpfsSize, tmpfsMode, location);
        }
    }
}
