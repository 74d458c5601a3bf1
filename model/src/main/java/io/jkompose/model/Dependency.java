package io.jkompose.model;

/**
 * One entry of {@code depends_on}, in long form.
 *
 * @param condition {@code service_started}, {@code service_healthy} or {@code service_completed_successfully}
 */
public record Dependency(String condition, boolean restart, boolean required, SourceLocation location) {

    public static final String STARTED = "service_started";
    public static final String HEALTHY = "service_healthy";
    public static final String COMPLETED = "service_completed_successfully";
}
