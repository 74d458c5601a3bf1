package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Turns the client's exceptions into one line a user can act on. The API server's own message is
 * kept (it names the field paths of an invalid object); the request, headers and credentials are
 * never part of it.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Whether no further request can succeed either: the cluster cannot be reached or refuses the
     * credentials. The commands stop at such a failure instead of repeating it for every object.
     */
    public static boolean fatal(KubernetesClientException e) {
        return e.getCode() == 401 || (e.getCode() <= 0 && transport(e) != null);
    }

    /** One line for a failed request about {@code object}: a 404 names the object's API and kind. */
    public static String describe(KubernetesClientException e, HasMetadata object) {
        if (e.getCode() == 404) {
            return "not found (404): the cluster does not serve " + object.getApiVersion() + " " + object.getKind()
                    + " (is the API enabled, or the CRD installed?)";
        }
        return describe(e);
    }

    /** One line for a failed request. */
    public static String describe(KubernetesClientException e) {
        Throwable transport = transport(e);
        if (e.getCode() <= 0 && transport != null) {
            return unreachable(transport);
        }
        Status status = e.getStatus();
        String message = status != null && status.getMessage() != null ? status.getMessage() : firstLine(e);
        return switch (e.getCode()) {
            case 401 -> "the cluster refused the credentials (401 Unauthorized): check the user of the kubeconfig context";
            case 403 -> "forbidden (403): " + message;
            case 404 -> missing(e, message);
            case 409 -> conflict(status, message);
            case 422 -> "rejected (422): " + message;
            default -> e.getCode() > 0 ? "the API server answered " + e.getCode() + ": " + message : message;
        };
    }

    /** The first line of a throwable's message (the client's messages carry the whole request otherwise). */
    static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String missing(KubernetesClientException e, String message) {
        String group = e.getGroup() == null || e.getGroup().isEmpty() ? "" : e.getGroup() + "/";
        String api = e.getVersion() == null ? "" : " " + group + e.getVersion();
        return "not found (404): the cluster does not serve" + api + " " + (e.getResourcePlural() == null
                ? "this kind" : e.getResourcePlural()) + " (" + message + ")";
    }

    private static String conflict(Status status, String message) {
        if (status == null || status.getDetails() == null || status.getDetails().getCauses() == null
                || status.getDetails().getCauses().isEmpty()) {
            return "conflict (409): " + message;
        }
        String fields = status.getDetails().getCauses().stream()
                .map(Failures::cause)
                .collect(Collectors.joining("; "));
        return "conflict (409): " + fields + "; use --force-conflicts to take these fields over";
    }

    private static String cause(StatusCause cause) {
        String field = cause.getField() == null ? "" : cause.getField() + ": ";
        return field + (cause.getMessage() == null ? cause.getReason() : cause.getMessage());
    }

    private static String unreachable(Throwable transport) {
        if (transport instanceof ConnectException) {
            return "cannot connect to the cluster: connection refused (is it running, and is the kubeconfig's server right?)";
        }
        if (transport instanceof UnknownHostException) {
            return "cannot connect to the cluster: unknown host " + transport.getMessage();
        }
        if (transport instanceof HttpTimeoutException || transport instanceof java.net.SocketTimeoutException) {
            return "the cluster did not answer in time";
        }
        if (transport instanceof SSLException) {
            return "TLS with the cluster failed: " + firstLine(transport)
                    + " (check the certificate authority in the kubeconfig)";
        }
        return "the connection to the cluster failed: " + firstLine(transport);
    }

    /**
     * The I/O failure under the client's wrapping, or null when the server answered. The most
     * specific one wins: the JDK client wraps a refused connection in a bare IOException.
     */
    private static Throwable transport(Throwable e) {
        Throwable found = null;
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException && (found == null || found.getClass() == IOException.class
                    || cause.getMessage() != null && found.getMessage() == null)) {
                found = cause;
            }
        }
        return found;
    }
}
