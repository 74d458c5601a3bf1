package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * What happened to one object.
 *
 * @param message why it failed, or a note; null when there is nothing to add
 */
public record ObjectResult(ObjectRef object, Outcome outcome, String message) {

    public enum Outcome {
        CREATED("created"),
        CONFIGURED("configured"),
        UNCHANGED("unchanged"),
        PRUNED("pruned"),
        DELETED("deleted"),
        /** Left in place on purpose (a claim without --volumes, a cluster-wide object). */
        KEPT("kept"),
        FAILED("failed");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    static ObjectResult of(HasMetadata object, String namespace, Outcome outcome, String message) {
        return new ObjectResult(ObjectRef.of(object, namespace), outcome, message);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
