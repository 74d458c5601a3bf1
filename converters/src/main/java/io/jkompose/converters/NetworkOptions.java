package io.jkompose.converters;

/** Services, Ingresses, NetworkPolicies and start-up ordering; none yet. */
public record NetworkOptions() {

    public static NetworkOptions defaults() {
        return new NetworkOptions();
    }
}
