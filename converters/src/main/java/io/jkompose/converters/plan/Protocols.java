package io.jkompose.converters.plan;

import java.util.Locale;

/** Compose's port protocols ({@code tcp}, {@code udp}, {@code sctp}) in Kubernetes' spelling. */
public final class Protocols {

    public static final String TCP = "TCP";

    private Protocols() {
    }

    /** {@code TCP}, {@code UDP} or {@code SCTP}; null for a protocol Kubernetes does not know. */
    public static String kubernetes(String composeProtocol) {
        String upper = composeProtocol == null ? TCP : composeProtocol.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "TCP", "UDP", "SCTP" -> upper;
            default -> null;
        };
    }
}
