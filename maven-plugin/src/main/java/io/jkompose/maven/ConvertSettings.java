package io.jkompose.maven;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.options.ContainerOptions;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.NetworkOptions;
import io.jkompose.converters.options.StorageOptions;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.options.WorkloadOptions;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.syntax.ShellWords;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The plugin parameters that change what objects are made, named and checked as the CLI's flags of
 * the same names. Null means "not given" (the converter's default).
 */
record ConvertSettings(String namespace, Integer replicas, String controller, String volumes,
        String pvcRequestSize, String serviceGroupMode, String serviceGroupName, boolean generateNetworkPolicies,
        String imageRegistry, boolean withKomposeAnnotation) {

    /**
     * @param recordedArgs the words after {@code jkompose} for the {@code kompose.cmd} annotation
     * @param version      the plugin's version, for {@code kompose.version}
     * @throws MojoFailureException when a value is not one the CLI would accept
     */
    ConvertOptions toOptions(List<String> recordedArgs, String version) throws MojoFailureException {
        if (namespace != null && !KubernetesNames.isLabel(namespace)) {
            throw invalid("namespace", namespace, "a valid namespace name (lower-case letters, digits and '-', at "
                    + "most 63, starting and ending alphanumeric)");
        }
        if (replicas != null && replicas < 0) {
            throw invalid("replicas", replicas.toString(), "0 or more");
        }
        Controller kind = controller == null ? null : Controller.parse(controller);
        if (controller != null && kind == null) {
            throw invalid("controller", controller, "deployment, daemonSet or statefulset");
        }
        VolumeType volumeType = volumes == null ? null : VolumeType.parse(volumes);
        if (volumes != null && volumeType == null) {
            throw invalid("volumes", volumes, VolumeType.choices());
        }
        if (pvcRequestSize != null && !StorageOptions.isValidPvcRequestSize(pvcRequestSize)) {
            throw invalid("pvcRequestSize", pvcRequestSize, "a Kubernetes quantity above zero, such as 100Mi or 1Gi");
        }
        GroupMode groupMode = serviceGroupMode == null ? null : GroupMode.parse(serviceGroupMode);
        if (serviceGroupMode != null && groupMode == null) {
            throw invalid("serviceGroupMode", serviceGroupMode, "label or volume");
        }
        if (serviceGroupName != null && (groupMode != GroupMode.VOLUME || !KubernetesNames.isLabel(serviceGroupName))) {
            throw invalid("serviceGroupName", serviceGroupName, "a valid workload name, with serviceGroupMode volume");
        }
        return new ConvertOptions(namespace, new WorkloadOptions(replicas, kind, groupMode, serviceGroupName),
                StorageOptions.defaults().withPvcRequestSize(pvcRequestSize).withVolumes(volumeType),
                NetworkOptions.defaults().withGenerateNetworkPolicies(generateNetworkPolicies),
                ContainerOptions.defaults().withImageRegistry(imageRegistry), null,
                new ConvertOptions.Provenance(withKomposeAnnotation, commandText(recordedArgs), version));
    }

    /** The CLI flags that give the same objects, in a fixed order (for {@code kompose.cmd}). */
    List<String> flags() {
        List<String> words = new ArrayList<>();
        add(words, "--namespace", namespace);
        add(words, "--replicas", replicas == null ? null : replicas.toString());
        add(words, "--controller", controller);
        add(words, "--volumes", volumes);
        add(words, "--pvc-request-size", pvcRequestSize);
        add(words, "--service-group-mode", serviceGroupMode);
        add(words, "--service-group-name", serviceGroupName);
        if (generateNetworkPolicies) {
            words.add("--generate-network-policies");
        }
        add(words, "--image-registry", imageRegistry);
        return words;
    }

    private static void add(List<String> words, String flag, String value) {
        if (value != null) {
            words.add(flag);
            words.add(value);
        }
    }

    /** As the CLI writes its command line: each word a shell would split or expand quoted. */
    private static String commandText(List<String> args) {
        StringBuilder text = new StringBuilder("jkompose");
        args.forEach(word -> text.append(' ').append(ShellWords.quoteArgument(word)));
        return text.toString();
    }

    private static MojoFailureException invalid(String parameter, String value, String expected) {
        return new MojoFailureException("jkompose: parameter " + parameter + " must be " + expected + ", not '"
                + value + "'");
    }
}
