package io.jkompose.model;

/**
 * How much of the machine a service's container may use, from the keys outside {@code deploy}
 * ({@code deploy.resources} is in {@link Deploy}). Each is null when unset.
 *
 * @param memLimit       {@code mem_limit}, in bytes
 * @param memReservation {@code mem_reservation}, in bytes
 * @param cpus           {@code cpus}
 * @param pidsLimit      {@code pids_limit}
 * @param shmSize        {@code shm_size}: the size of {@code /dev/shm}, in bytes
 */
public record ServiceResources(Long memLimit, Long memReservation, Double cpus, Long pidsLimit, Long shmSize) {

    /** Nothing set: no limits. */
    public static final ServiceResources EMPTY = new ServiceResources(null, null, null, null, null);
}
