package io.jkompose.golden;

/**
 * How one kompose case came out.
 *
 * @param detail what went wrong, for a failed case; what was explained, for a documented one
 */
record CompatibilityOutcome(Kind kind, String detail) {

    enum Kind {
        /** k8s-diff found no difference and no deviation is listed. */
        EQUAL,
        /** every difference is a listed deviation and every listed deviation occurred. */
        DOCUMENTED,
        /** anything else: an error exit, invalid output, unexplained differences, stale deviations. */
        FAILED
    }

    boolean passed() {
        return kind != Kind.FAILED;
    }

    static CompatibilityOutcome failed(String detail) {
        return new CompatibilityOutcome(Kind.FAILED, detail);
    }
}
