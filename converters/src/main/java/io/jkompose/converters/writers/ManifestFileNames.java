package io.jkompose.converters.writers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the file of each object the way kompose does: {@code <metadata.name>-<kind in lower
 * case>.<extension>}, e.g. {@code web-deployment.yaml}, {@code db-data-persistentvolumeclaim.yaml}.
 *
 * <p>When two objects would get the same name (compared ignoring case, since macOS and Windows
 * file systems do), the first in list order keeps it and each later one gets {@code -2},
 * {@code -3}, ... before the extension ({@code web-service-2.yaml}), skipping any number whose
 * name another object has or already got. The result depends only on the list, so it is stable.
 *
 * <p>Public for the Kustomize writer, whose folders name their files the same way.
 */
public final class ManifestFileNames {

    private ManifestFileNames() {
    }

    /** One file name per object, in the order of {@code objects}. */
    public static List<String> of(List<? extends HasMetadata> objects, String extension) {
        List<String> bases = new ArrayList<>(objects.size());
        Set<String> natural = new HashSet<>();
        for (HasMetadata object : objects) {
            String base = base(object);
            bases.add(base);
            natural.add(key(base + extension));
        }
        Set<String> given = new HashSet<>();
        List<String> names = new ArrayList<>(objects.size());
        for (String base : bases) {
            String name = base + extension;
            if (!given.add(key(name))) {
                int n = 2;
                do {
                    name = base + "-" + n++ + extension;
                } while (natural.contains(key(name)) || !given.add(key(name)));
            }
            names.add(name);
        }
        return names;
    }

    /** {@code <name>-<kind>} with characters that cannot be part of a file name replaced. */
    static String base(HasMetadata object) {
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + object.getKind() + " without metadata.name cannot be written to its own file");
        }
        String kind = object.getKind() == null ? HasMetadata.getKind(object.getClass()) : object.getKind();
        return safe(name) + "-" + safe(kind.toLowerCase(Locale.ROOT));
    }

    /**
     * Valid Kubernetes names are already safe; anything else (a slash, a space) must not turn a
     * name into a path, so it becomes '-'.
     */
    private static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || (c == '.' && i > 0);
            out.append(ok ? c : '-');
        }
        return out.toString();
    }

    private static String key(String fileName) {
        return fileName.toLowerCase(Locale.ROOT);
    }
}
