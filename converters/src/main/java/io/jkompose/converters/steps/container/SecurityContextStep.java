package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.LabelValue;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The container's and pod's security settings: {@code read_only} → readOnlyRootFilesystem,
 * {@code privileged}, {@code cap_add}/{@code cap_drop} → capabilities, a numeric {@code user}
 * ({@code uid} or {@code uid:gid}) → runAsUser/runAsGroup, numeric {@code group_add} → the pod's
 * supplementalGroups, kompose's {@code kompose.security-context.fsgroup} label → the pod's fsGroup.
 * Kubernetes knows users and groups by number only; names are reported.
 */
public final class SecurityContextStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("read_only", "privileged", "cap_add", "cap_drop", "user", "group_add");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        SecurityContextBuilder security = new SecurityContextBuilder();
        boolean any = false;
        if (Boolean.TRUE.equals(service.security().privileged())) {
            security.withPrivileged(true);
            any = true;
        }
        if (Boolean.TRUE.equals(service.security().readOnly())) {
            security.withReadOnlyRootFilesystem(true);
            any = true;
        }
        List<String> add = service.security().capAdd();
        List<String> drop = service.security().capDrop();
        if (!add.isEmpty() || !drop.isEmpty()) {
            security.withCapabilities(new CapabilitiesBuilder()
                    .withAdd(add.isEmpty() ? null : capabilities(add))
                    .withDrop(drop.isEmpty() ? null : capabilities(drop))
                    .build());
            any = true;
        }
        any |= user(context, security);
        if (any) {
            context.container().withSecurityContext(security.build());
        }
        groups(context);
        fsGroup(context);
    }

    private static boolean user(ServiceContext context, SecurityContextBuilder security) {
        String user = context.service().security().user();
        if (user == null || user.isBlank()) {
            return false;
        }
        String[] parts = user.split(":", -1);
        Long uid = parts.length <= 2 ? number(parts[0]) : null;
        Long gid = parts.length == 2 ? number(parts[1]) : null;
        if (uid == null || (parts.length == 2 && gid == null)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("user"), "user '" + user + "' of service '"
                    + context.service().name() + "' is not converted"
                    + (uid != null ? " in full: its group is not a number" : ": Kubernetes needs a numeric user id"),
                    "write the user as uid or uid:gid");
        }
        if (uid != null) {
            security.withRunAsUser(uid);
        }
        if (gid != null) {
            security.withRunAsGroup(gid);
        }
        return uid != null || gid != null;
    }

    private static void groups(ServiceContext context) {
        List<Long> groups = new ArrayList<>();
        for (String group : context.service().security().groupAdd()) {
            Long gid = number(group);
            if (gid == null) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("group_add"), "group '" + group
                        + "' of service '" + context.service().name() + "' is not converted: Kubernetes needs group ids",
                        "write the group's number");
            } else {
                groups.add(gid);
            }
        }
        if (!groups.isEmpty()) {
            context.podSpec().editOrNewSecurityContext().addAllToSupplementalGroups(groups).endSecurityContext();
        }
    }

    /** kompose's fsGroup label, checked by the plan. */
    private static void fsGroup(ServiceContext context) {
        LabelValue<Long> fsGroup = context.plan().container().fsGroup();
        if (fsGroup != null && fsGroup.valid()) {
            context.podSpec().editOrNewSecurityContext().withFsGroup(fsGroup.value()).endSecurityContext();
        }
    }

    /** Kubernetes spells capabilities without Docker's optional {@code CAP_} prefix. */
    private static List<String> capabilities(List<String> names) {
        return names.stream().map(name -> name.startsWith("CAP_") ? name.substring(4) : name).toList();
    }

    private static Long number(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
