package io.jkompose.converters.plan;

/**
 * A port of a planned Kubernetes Service, for what points at it (an Ingress backend, a
 * dependency wait).
 *
 * @param service    the Kubernetes Service's name
 * @param port       its port
 * @param targetPort the container port behind it
 */
public record ServiceEndpoint(String service, int port, int targetPort) {
}
