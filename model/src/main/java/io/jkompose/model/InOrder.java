package io.jkompose.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Work done item by item, on several threads for large inputs, with the results in the items' order:
 * how the loader maps services, the planner and the pipeline treat them, and the writer renders
 * objects. Each result depends on its item alone; whoever merges what the items reported (their
 * {@link Diagnostics}, say) does so in this order, so a run on several threads says what one thread
 * would, in the same order.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * {@code work} applied to each item, on the common fork-join pool when {@code parallel}.
     *
     * @return the results in the items' order, in a list the caller may change (to let go of a result once used)
     */
    public static <T, R> List<R> map(List<T> items, boolean parallel, Function<? super T, ? extends R> work) {
        Stream<T> stream = items.stream();
        return (parallel ? stream.parallel() : stream).<R>map(work).collect(Collectors.toCollection(ArrayList::new));
    }
}
