package io.jkompose.apply;

/**
 * A failure that ends a cluster command: the cluster cannot be reached, refuses the credentials, or
 * the request itself is wrong. The message is one line for the user; no credential is ever in it.
 */
public final class ClusterException extends RuntimeException {

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
