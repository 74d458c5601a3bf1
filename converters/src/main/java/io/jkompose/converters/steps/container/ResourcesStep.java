package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Deploy;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.syntax.QuantitySyntax;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The container's resources. Limits: {@code deploy.resources.limits} ({@code memory}, {@code cpus}),
 * else the service's {@code mem_limit} and {@code cpus}. Requests: {@code deploy.resources.reservations},
 * else {@code mem_reservation}. kompose's {@code kompose.ephemeral-storage.limit} and
 * {@code .request} deploy labels add ephemeral storage. Memory is written with the binary suffix
 * that states it exactly ({@code 512Mi}), CPU in cores or millicores ({@code 500m}).
 *
 * <p>A process limit ({@code deploy.resources.limits.pids}) has no per-container counterpart in
 * Kubernetes (the kubelet limits pids per pod), so it is reported.
 */
public final class ResourcesStep implements ServiceConversionStep {

    static final String EPHEMERAL_LIMIT = "kompose.ephemeral-storage.limit";
    static final String EPHEMERAL_REQUEST = "kompose.ephemeral-storage.request";

    @Override
    public Set<String> handledKeys() {
        return Set.of("mem_limit", "mem_reservation", "cpus", "deploy.resources");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Deploy deploy = service.deploy();
        Deploy.Resources resources = deploy == null ? null : deploy.resources();
        Deploy.ResourceSpec limits = resources == null ? null : resources.limits();
        Deploy.ResourceSpec reservations = resources == null ? null : resources.reservations();

        Map<String, Quantity> limitMap = new TreeMap<>();
        Long memoryLimit = pick(context, limits == null ? null : limits.memoryBytes(), service.resources().memLimit(),
                "deploy.resources.limits.memory", "mem_limit");
        Double cpuLimit = pick(context, limits == null ? null : limits.cpus(), service.resources().cpus(),
                "deploy.resources.limits.cpus", "cpus");
        putMemory(limitMap, memoryLimit);
        putCpu(limitMap, cpuLimit);

        Map<String, Quantity> requestMap = new TreeMap<>();
        Long memoryRequest = pick(context, reservations == null ? null : reservations.memoryBytes(),
                service.resources().memReservation(), "deploy.resources.reservations.memory", "mem_reservation");
        putMemory(requestMap, requestWithinLimit(context, memoryRequest, memoryLimit, "memory"));
        Double cpuRequest = reservations == null ? null : reservations.cpus();
        putCpu(requestMap, cpuLimit != null && cpuRequest != null && cpuRequest > cpuLimit
                ? tooLarge(context, cpuLimit, "cpus") : cpuRequest);

        if (deploy != null) {
            SourceLocation location = deploy.location() != null ? deploy.location() : context.locationOf("deploy");
            putEphemeral(context, limitMap, deploy.labels().get(EPHEMERAL_LIMIT), EPHEMERAL_LIMIT, location);
            putEphemeral(context, requestMap, deploy.labels().get(EPHEMERAL_REQUEST), EPHEMERAL_REQUEST, location);
        }
        if (limits != null && limits.pids() != null) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, limits.location() != null ? limits.location() : context.locationOf("deploy"),
                    "the process limit (pids " + limits.pids() + ") of service '" + service.name()
                            + "' is not converted: Kubernetes limits processes per node (the kubelet's podPidsLimit)",
                    "ask the cluster's administrators for a pod pid limit");
        }
        if (!limitMap.isEmpty() || !requestMap.isEmpty()) {
            context.container().withResources(new ResourceRequirementsBuilder()
                    .withLimits(limitMap.isEmpty() ? null : limitMap)
                    .withRequests(requestMap.isEmpty() ? null : requestMap)
                    .build());
        }
    }

    /** The {@code deploy} value, else the service-level one; when both are set and differ, the user is told. */
    private static <T> T pick(ServiceContext context, T fromDeploy, T fromService, String deployKey, String serviceKey) {
        if (fromDeploy != null && fromService != null && !fromDeploy.equals(fromService)) {
            context.warn(ConverterCode.CONFLICTING_VALUES, context.locationOf(serviceKey), "service '" + context.service().name()
                    + "' sets both " + serviceKey + " and " + deployKey + " with different values; " + deployKey
                    + " is used", "keep one of them");
        }
        return fromDeploy != null ? fromDeploy : fromService;
    }

    /** Kubernetes rejects a request above its limit (Docker does too); the limit is requested instead. */
    private static Long requestWithinLimit(ServiceContext context, Long request, Long limit, String what) {
        if (request != null && limit != null && limit > 0 && request > limit) {
            return tooLarge(context, limit, what);
        }
        return request;
    }

    private static <T> T tooLarge(ServiceContext context, T limit, String what) {
        context.warn(ConverterCode.INVALID_VALUE, context.locationOf("deploy"), "the " + what + " reservation of service '"
                + context.service().name() + "' is above its limit, which Kubernetes rejects; the limit is requested",
                "reserve at most the limit");
        return limit;
    }

    private static void putMemory(Map<String, Quantity> map, Long bytes) {
        // 0 and -1 mean "no limit" in Compose
        if (bytes != null && bytes > 0) {
            map.put("memory", new Quantity(Quantities.bytes(bytes)));
        }
    }

    private static void putCpu(Map<String, Quantity> map, Double cpus) {
        if (cpus != null && cpus > 0) {
            map.put("cpu", new Quantity(Quantities.cpus(cpus)));
        }
    }

    private static void putEphemeral(ServiceContext context, Map<String, Quantity> map, String value, String label,
            SourceLocation location) {
        if (value == null) {
            return;
        }
        if (QuantitySyntax.isQuantity(value.strip())) {
            map.put("ephemeral-storage", new Quantity(value.strip()));
        } else {
            context.warn(ConverterCode.INVALID_VALUE, location, "deploy label " + label + " of service '" + context.service().name()
                    + "' is not a Kubernetes quantity ('" + value + "'); it is not converted", "write a size such as 1Gi");
        }
    }
}
