package io.jkompose.converters.steps.openshift;

import io.jkompose.converters.options.ProviderOptions.GitSource;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.model.Build;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the BuildConfig of a service clones its source from. A build context that is a Git URL
 * ({@code https://host/repo.git#branch:folder}, as Compose reads it) is cloned as written; a folder
 * is found in the repository of {@code --build-repo} / {@code --build-branch} (by default the
 * compose file's own repository, its remote and checked-out branch), at its path below the
 * repository's top folder.
 */
final class BuildSources {

    private static final Pattern GIT_URL = Pattern.compile("^(?:https?://|git://|ssh://|git@)[^#]+?(?:#([^:]*)(?::(.*))?)?$");

    /** A BuildConfig's source: clone {@code url} at {@code ref}, build in {@code contextDir} (null: the top). */
    record Source(String url, String ref, String contextDir) {
    }

    /** The source, or why there is none. */
    record Resolution(Source source, String problem) {
    }

    private BuildSources() {
    }

    static Resolution resolve(ServiceContext context) {
        Build build = context.service().build();
        GitSource git = context.options().platform().buildConfig();
        if (build == null || git == null) {
            return new Resolution(null, "no build");
        }
        String written = build.context() == null ? "." : build.context();
        Matcher url = GIT_URL.matcher(written);
        if (url.matches()) {
            int hash = written.indexOf('#');
            String repository = hash < 0 ? written : written.substring(0, hash);
            String ref = url.group(1) == null || url.group(1).isEmpty() ? null : url.group(1);
            String folder = url.group(2) == null || url.group(2).isEmpty() ? null : url.group(2);
            return new Resolution(new Source(repository, ref, folder), null);
        }
        if (git.root() == null) {
            return new Resolution(new Source(git.url(), git.ref(), null), null);
        }
        Path folder;
        try {
            folder = git.root().resolve(written).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return new Resolution(null, "its build context '" + written + "' is not a path");
        }
        Path root = git.root().toAbsolutePath().normalize();
        if (!folder.startsWith(root)) {
            return new Resolution(null, "its build context " + folder + " is outside the Git repository " + root);
        }
        String relative = root.relativize(folder).toString().replace('\\', '/');
        return new Resolution(new Source(git.url(), git.ref(), relative.isEmpty() ? null : relative), null);
    }
}
