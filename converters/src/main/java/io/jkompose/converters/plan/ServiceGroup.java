package io.jkompose.converters.plan;

import java.util.List;

/**
 * Several services that run as containers of one pod ({@code --service-group-mode}), as kompose
 * groups them.
 *
 * @param name          the workload's name and the value of its pods' selector label
 * @param members       the Compose services in the group, sorted; the first one's workload is kept
 * @param sharesVolumes grouped because the members mount the same volumes ({@code volume} mode):
 *                      their volumes are named after the group, so that the pod mounts each once
 */
public record ServiceGroup(String name, List<String> members, boolean sharesVolumes) {

    public ServiceGroup {
        members = List.copyOf(members);
    }

    /** The member whose workload the others' containers join. */
    public String primary() {
        return members.get(0);
    }
}
