package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Locale;
import java.util.Set;

/**
 * {@code security_opt} → the container's security context, for the options Kubernetes has:
 * <ul>
 *   <li>{@code no-new-privileges} (or {@code :true}) → allowPrivilegeEscalation false;</li>
 *   <li>{@code seccomp=unconfined} → seccompProfile Unconfined ({@code seccomp=<file>} names a
 *       file on the Docker host, which a cluster cannot use: reported);</li>
 *   <li>{@code apparmor=unconfined} → appArmorProfile Unconfined, {@code apparmor=docker-default}
 *       → RuntimeDefault, {@code apparmor=<profile>} → Localhost with that profile (which must be
 *       loaded on the nodes, as on the Docker host);</li>
 *   <li>{@code label=user:U}, {@code role:R}, {@code type:T}, {@code level:L} → seLinuxOptions;
 *       {@code label=disable} → type {@code spc_t}, the type that runs a container unconfined.</li>
 * </ul>
 * Docker's older {@code key:value} spelling is read too. Anything else is reported.
 */
public final class SecurityOptStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("security_opt");
    }

    @Override
    public void apply(ServiceContext context) {
        if (context.service().security().securityOpt().isEmpty()) {
            return;
        }
        SecurityContext existing = context.container().buildSecurityContext();
        SecurityContextBuilder security = existing == null ? new SecurityContextBuilder()
                : new SecurityContextBuilder(existing);
        for (String option : context.service().security().securityOpt()) {
            String trimmed = option.strip();
            if (convert(security, trimmed)) {
                continue;
            }
            boolean profileFile = trimmed.startsWith("seccomp") && trimmed.length() > 8;
            context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("security_opt"), "security option '" + option
                    + "' of service '" + context.service().name() + "' is not converted: " + (profileFile
                            ? "it names a profile file on the Docker host" : "Kubernetes has no counterpart"),
                    profileFile ? "copy the profile into the kubelet's seccomp folder on the nodes and set the "
                            + "container's seccompProfile to type Localhost with that file" : null);
        }
        SecurityContext built = security.build();
        if (!built.equals(new SecurityContext())) {
            context.container().withSecurityContext(built);
        }
    }

    private static boolean convert(SecurityContextBuilder security, String option) {
        int separator = separator(option);
        String name = (separator < 0 ? option : option.substring(0, separator)).toLowerCase(Locale.ROOT);
        String value = separator < 0 ? "" : option.substring(separator + 1).strip();
        return switch (name) {
            case "no-new-privileges" -> noNewPrivileges(security, value);
            case "seccomp" -> seccomp(security, value);
            case "apparmor" -> apparmor(security, value);
            case "label" -> selinux(security, value);
            default -> false;
        };
    }

    /** The first '=' or ':' (Docker reads both; '=' is the current spelling). */
    private static int separator(String option) {
        int equals = option.indexOf('=');
        int colon = option.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private static boolean noNewPrivileges(SecurityContextBuilder security, String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            security.withAllowPrivilegeEscalation(false);
            return true;
        }
        return value.equalsIgnoreCase("false");
    }

    private static boolean seccomp(SecurityContextBuilder security, String value) {
        if (value.equals("unconfined")) {
            security.withNewSeccompProfile().withType("Unconfined").endSeccompProfile();
            return true;
        }
        return false;
    }

    private static boolean apparmor(SecurityContextBuilder security, String value) {
        switch (value) {
            case "" -> {
                return false;
            }
            case "unconfined" -> security.withNewAppArmorProfile().withType("Unconfined").endAppArmorProfile();
            case "docker-default" -> security.withNewAppArmorProfile().withType("RuntimeDefault").endAppArmorProfile();
            default -> security.withNewAppArmorProfile().withType("Localhost").withLocalhostProfile(value)
                    .endAppArmorProfile();
        }
        return true;
    }

    private static boolean selinux(SecurityContextBuilder security, String value) {
        if (value.equals("disable")) {
            security.editOrNewSeLinuxOptions().withType("spc_t").endSeLinuxOptions();
            return true;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String part = value.substring(colon + 1);
        switch (value.substring(0, colon)) {
            case "user" -> security.editOrNewSeLinuxOptions().withUser(part).endSeLinuxOptions();
            case "role" -> security.editOrNewSeLinuxOptions().withRole(part).endSeLinuxOptions();
            case "type" -> security.editOrNewSeLinuxOptions().withType(part).endSeLinuxOptions();
            case "level" -> security.editOrNewSeLinuxOptions().withLevel(part).endSeLinuxOptions();
            default -> {
                return false;
            }
        }
        return true;
    }
}
