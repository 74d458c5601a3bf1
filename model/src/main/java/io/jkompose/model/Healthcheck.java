package io.jkompose.model;

import java.time.Duration;
import java.util.List;

/**
 * A service's {@code healthcheck}. {@code test} is normalized: a string becomes
 * {@code ["CMD-SHELL", string]}; the list form is kept with its first word ({@code CMD},
 * {@code CMD-SHELL} or {@code NONE}).
 */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
        Duration startInterval, Integer retries, boolean disable, SourceLocation location) {

    public Healthcheck {
        test = Copies.list(test);
    }

    /** True when the check is switched off ({@code disable: true} or {@code test: ["NONE"]}). */
    public boolean disabled() {
        return disable || (!test.isEmpty() && "NONE".equals(test.get(0)));
    }
}
