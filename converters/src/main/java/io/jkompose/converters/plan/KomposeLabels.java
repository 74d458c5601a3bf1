package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;

/** The names of the {@code kompose.*} label directives, reading one, and saying where a bad one is. */
final class KomposeLabels {

    public static final String PREFIX = "kompose.";
    public static final String CONTROLLER_TYPE = "kompose.controller.type";
    public static final String SERVICE_GROUP = "kompose.service.group";
    public static final String CRONJOB_SCHEDULE = "kompose.cronjob.schedule";
    public static final String CRONJOB_CONCURRENCY_POLICY = "kompose.cronjob.concurrency_policy";
    public static final String CRONJOB_BACKOFF_LIMIT = "kompose.cronjob.backoff_limit";
    public static final String HPA_MIN_REPLICAS = "kompose.hpa.replicas.min";
    public static final String HPA_MAX_REPLICAS = "kompose.hpa.replicas.max";
    public static final String HPA_CPU = "kompose.hpa.cpu";
    public static final String HPA_MEMORY = "kompose.hpa.memory";
    public static final String VOLUME_TYPE = "kompose.volume.type";
    public static final String VOLUME_SIZE = "kompose.volume.size";
    public static final String VOLUME_STORAGE_CLASS = "kompose.volume.storage-class-name";
    public static final String VOLUME_SELECTOR = "kompose.volume.selector";
    public static final String VOLUME_SUBPATH = "kompose.volume.subpath";

    private KomposeLabels() {
    }

    /** The label's value without surrounding blanks, or null when the service does not have it. */
    public static String value(Service service, String label) {
        String value = service.labels().get(label);
        return value == null ? null : value.strip();
    }

    public static boolean has(Service service, String label) {
        return service.labels().containsKey(label);
    }

    /** Where the label is written: its own line, or the {@code labels} key when it came from a label file. */
    public static SourceLocation location(Service service, String label) {
        return service.labelLocation(label);
    }

    /**
     * An error for a label whose value jkompose cannot follow, at the label. (What would be used
     * instead does not matter: with an error nothing is written.)
     */
    public static void invalid(Diagnostics diagnostics, Service service, String label, String value,
            String expected) {
        diagnostics.error(ConverterCode.INVALID_LABEL_VALUE, location(service, label), "label '" + label + "' of service '"
                + service.name() + "' is '" + value + "'; it must be " + expected,
                "correct the label's value, or remove the label");
    }
}
