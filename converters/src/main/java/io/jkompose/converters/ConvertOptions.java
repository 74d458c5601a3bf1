package io.jkompose.converters;

/**
 * The few choices that change what objects are made. Flags that only change where or how output
 * is written (-o, --stdout, -j) are the CLI's business and stay out of here.
 *
 * @param replicas              {@code --replicas}: overrides every service's replica count when not null
 * @param pvcRequestSize        {@code --pvc-request-size}: storage request of each PVC (kompose: 100Mi)
 * @param namespace             {@code -n}: set on every object and written as a Namespace; null for none
 * @param withKomposeAnnotation {@code --with-kompose-annotation}: add {@code kompose.cmd}/{@code kompose.version}
 * @param commandLine           the command line that ran, for the {@code kompose.cmd} annotation
 * @param toolVersion           for the {@code kompose.version} annotation
 */
public record ConvertOptions(Integer replicas, String pvcRequestSize, String namespace,
        boolean withKomposeAnnotation, String commandLine, String toolVersion) {

    public static final String DEFAULT_PVC_REQUEST_SIZE = "100Mi";

    public ConvertOptions {
        pvcRequestSize = pvcRequestSize == null || pvcRequestSize.isBlank() ? DEFAULT_PVC_REQUEST_SIZE : pvcRequestSize;
        namespace = namespace == null || namespace.isBlank() ? null : namespace;
    }

    /** kompose's defaults. */
    public static ConvertOptions defaults() {
        return new ConvertOptions(null, DEFAULT_PVC_REQUEST_SIZE, null, true, "", "");
    }

    public ConvertOptions withReplicas(Integer value) {
        return new ConvertOptions(value, pvcRequestSize, namespace, withKomposeAnnotation, commandLine, toolVersion);
    }

    public ConvertOptions withPvcRequestSize(String value) {
        return new ConvertOptions(replicas, value, namespace, withKomposeAnnotation, commandLine, toolVersion);
    }

    public ConvertOptions withNamespace(String value) {
        return new ConvertOptions(replicas, pvcRequestSize, value, withKomposeAnnotation, commandLine, toolVersion);
    }

    public ConvertOptions withKomposeAnnotation(boolean value, String cmd, String version) {
        return new ConvertOptions(replicas, pvcRequestSize, namespace, value, cmd, version);
    }
}
