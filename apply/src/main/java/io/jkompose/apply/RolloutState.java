package io.jkompose.apply;

/**
 * Where one workload's rollout stands.
 *
 * @param ready   pods ready (available, for a Deployment; succeeded, for a Job)
 * @param desired pods wanted (completions, for a Job)
 * @param detail  what it waits for or why it failed; null when done
 */
public record RolloutState(ObjectRef object, int ready, int desired, Phase phase, String detail) {

    public enum Phase {
        PROGRESSING,
        DONE,
        /** Will not get done by waiting longer (a failed Job, a Deployment past its progress deadline). */
        FAILED
    }

    public boolean finished() {
        return phase != Phase.PROGRESSING;
    }
}
