package io.jkompose.model;

import java.util.List;
import java.util.SortedMap;

/**
 * A service's {@code build} section. The context stays a string: it may be a folder (made absolute
 * by the loader) or a Git URL.
 */
public record Build(String context, String dockerfile, SortedMap<String, String> args, String target,
        List<String> tags, SourceLocation location) {

    public Build {
        args = Copies.sorted(args);
        tags = Copies.list(tags);
    }
}
