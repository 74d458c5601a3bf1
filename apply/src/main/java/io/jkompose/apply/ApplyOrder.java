package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts objects into the order of {@link Kinds}; {@code down} goes in reverse. The sort is stable,
 * so within a kind the conversion's order stays.
 */
public final class ApplyOrder {

    private static final Comparator<HasMetadata> BY_KIND = Comparator.comparingInt(object -> Kinds.rank(object.getKind()));

    private ApplyOrder() {
    }

    /** The objects in apply order (a new list). */
    public static <T extends HasMetadata> List<T> sort(List<T> objects) {
        return objects.stream().sorted(BY_KIND).toList();
    }

    /** The objects in deletion order: the reverse of apply order. */
    public static <T extends HasMetadata> List<T> reverse(List<T> objects) {
        return objects.stream().sorted(BY_KIND.reversed()).toList();
    }
}
