package io.jkompose.model;

import java.util.List;
import java.util.SortedMap;

/**
 * Who a service's container runs as and what it may do: its user, privileges, capabilities and
 * kernel settings. Unset scalars are null; unset collections are empty.
 *
 * @param user        {@code user}: a name or id, optionally {@code :group}
 * @param groupAdd    {@code group_add}: more groups the user belongs to
 * @param privileged  {@code privileged}
 * @param readOnly    {@code read_only}: the container's root file system is read-only
 * @param capAdd      {@code cap_add}
 * @param capDrop     {@code cap_drop}
 * @param securityOpt {@code security_opt}
 * @param sysctls     {@code sysctls}: kernel parameters (Kubernetes sets them in the pod's security context)
 */
public record ServiceSecurity(String user, List<String> groupAdd, Boolean privileged, Boolean readOnly,
        List<String> capAdd, List<String> capDrop, List<String> securityOpt, SortedMap<String, String> sysctls) {

    /** Nothing set: the image's user and the runtime's defaults. */
    public static final ServiceSecurity EMPTY = new ServiceSecurity(null, null, null, null, null, null, null, null);

    public ServiceSecurity {
        groupAdd = Copies.list(groupAdd);
        capAdd = Copies.list(capAdd);
        capDrop = Copies.list(capDrop);
        securityOpt = Copies.list(securityOpt);
        sysctls = Copies.sorted(sysctls);
    }
}
