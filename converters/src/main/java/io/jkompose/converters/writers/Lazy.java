package io.jkompose.converters.writers;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use and kept. Mappers are costly to build and a short-lived CLI often
 * needs only one of them (YAML or JSON), so each is built only when asked for.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> factory;
    private volatile T value;

    Lazy(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(factory.get(), "factory result");
                    value = result;
                }
            }
        }
        return result;
    }
}
