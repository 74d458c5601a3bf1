package io.jkompose.model;

/**
 * A service's use of a top-level config or secret ({@code configs:} / {@code secrets:} entries,
 * short or long form). A null target means the default ({@code /<source>} for configs,
 * {@code /run/secrets/<source>} for secrets).
 */
public record FileReference(String source, String target, String uid, String gid, Integer mode,
        SourceLocation location) {
}
