package io.jkompose.converters.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service's volumes become (claims, emptyDirs, hostPaths, ConfigMaps), decided once, so
 * that no build step finds another's objects to change them: the claims a StatefulSet makes per
 * replica are templates here from the start, a claim's access mode is its final one, and whether
 * the pods mount a ReadWriteOnce claim is a question to the plan.
 *
 * @param mounts what each entry of the service's {@code volumes} becomes, in the entries' order
 *               (tmpfs entries are the tmpfs step's, and are not here)
 */
public record StoragePlan(List<MountPlan> mounts) {

    public StoragePlan {
        mounts = List.copyOf(mounts);
    }

    /** Every claim the pods mount, in the entries' order (a claim mounted twice is there twice). */
    public List<MountPlan.Claim> claims() {
        List<MountPlan.Claim> claims = new ArrayList<>();
        for (MountPlan mount : mounts) {
            if (mount instanceof MountPlan.Claim claim) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /**
     * The claims a StatefulSet makes for each replica (its {@code volumeClaimTemplates}), each name
     * once, the first mount's, in the order they are first mounted.
     */
    public List<MountPlan.Claim> claimTemplates() {
        Map<String, MountPlan.Claim> templates = new LinkedHashMap<>();
        for (MountPlan.Claim claim : claims()) {
            if (claim.perReplica()) {
                templates.putIfAbsent(claim.name(), claim);
            }
        }
        return List.copyOf(templates.values());
    }

    /** Whether {@code name} is one of the per-replica claims, which the pod mounts as if it were a pod volume. */
    public boolean hasClaimTemplate(String name) {
        for (MountPlan mount : mounts) {
            if (mount instanceof MountPlan.Claim claim && claim.perReplica() && claim.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pods mount a claim that this conversion creates {@code ReadWriteOnce}, which only
     * the pods of one node can mount at a time (an external claim's mode is not known).
     */
    public boolean mountsReadWriteOnceClaim() {
        for (MountPlan.Claim claim : claims()) {
            if (!claim.external() && MountPlan.Claim.READ_WRITE_ONCE.equals(claim.accessMode())) {
                return true;
            }
        }
        return false;
    }
}
