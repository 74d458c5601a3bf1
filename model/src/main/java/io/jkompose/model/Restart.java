package io.jkompose.model;

import java.util.Objects;

/**
 * A service's {@code restart} policy: when its container is started again after it stops. A compose
 * file writes it {@code "no"}, {@code always}, {@code on-failure}, {@code on-failure:<max retries>} or
 * {@code unless-stopped}; the loader reads it into this once.
 *
 * @param condition  when the container is restarted; never null
 * @param maxRetries the most restarts of {@code on-failure:<n>}; null when unlimited, and for every other condition
 */
public record Restart(Condition condition, Integer maxRetries) {

    /** When a container is restarted. */
    public enum Condition implements WrittenValue {
        /** Never. */
        NO("no"),
        /** Whenever it stops. */
        ALWAYS("always"),
        /** When it exits with an error. */
        ON_FAILURE("on-failure"),
        /** Whenever it stops, unless it was stopped on purpose. */
        UNLESS_STOPPED("unless-stopped");

        private final String written;

        Condition(String written) {
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }

        /** The condition written so, or null when {@code written} names none. */
        public static Condition fromWritten(String written) {
            return WrittenValue.fromWritten(Condition.class, written);
        }
    }

    public Restart {
        Objects.requireNonNull(condition, "condition");
        if (maxRetries != null && condition != Condition.ON_FAILURE) {
            throw new IllegalArgumentException("only on-failure has a retry limit, not " + condition.written());
        }
    }

    /** The policy {@code condition}, without a retry limit. */
    public static Restart of(Condition condition) {
        return new Restart(condition, null);
    }

    /** {@code on-failure:<maxRetries>}. */
    public static Restart onFailure(int maxRetries) {
        return new Restart(Condition.ON_FAILURE, maxRetries);
    }

    /** The policy as a compose file writes it: {@code always}, {@code on-failure:3}… */
    public String written() {
        return maxRetries == null ? condition.written() : condition.written() + ":" + maxRetries;
    }
}
