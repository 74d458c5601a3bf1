package io.jkompose.parser.canonical;

import io.jkompose.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The canonical form of a loaded project, for {@code jkompose config}: the tree that
 * {@code docker compose config} prints, as plain {@link LinkedHashMap}s (in print order),
 * {@link List}s, strings, numbers, booleans and nulls, ready for a YAML or JSON writer that keeps
 * key order and writes nulls.
 *
 * <h2>What it follows</h2>
 * The reference is Docker Compose v2 (v2.40, built on compose-go v2.9): the key order of every
 * mapping is the field order of compose-go's types ({@code Project}, {@code ServiceConfig},
 * {@code DeployConfig}, …), keys are printed only when set (Go's {@code omitempty}), and the map
 * keys (services, environment, labels, networks…) are sorted the way Go's encoders sort them
 * ({@link Format#YAML}: go-yaml's natural order; {@link Format#JSON}: byte order, top level
 * included, with {@code command} and {@code entrypoint} written as {@code null} when unset, as
 * {@code encoding/json} does). Compose's normalization is applied: a service without networks is
 * attached to {@code default} and the project then gets a {@code default} network; resources get
 * {@code name: <project>_<key>} (an external one its key); ports get {@code mode: ingress}; a
 * build gets {@code dockerfile: Dockerfile}; a secret without target is mounted at
 * {@code /run/secrets/<source>}; {@code network_mode: service:x} adds a dependency on x;
 * {@code pull_policy: if_not_present} becomes {@code missing}. Durations print as Go writes them
 * ({@code 1m30s}), byte sizes as a string of digits ({@code "536870912"}), file modes in octal
 * ({@code "0440"}), CPU counts as numbers rounded to single precision ({@code 0.5}, {@code 1}).
 *
 * <h2>env_file</h2>
 * The model keeps {@code env_file}s apart from {@code environment}, and so does the converter (kompose
 * turns env files into ConfigMaps). {@code docker compose config} instead reads the files, folds
 * their variables into {@code environment} (files in order, {@code environment} on top, an
 * {@code environment} entry without a value still winning, printed as {@code null}) and drops
 * {@code env_file}. This form does the same, so {@code env_file} is never printed.
 *
 * <h2>Where it deliberately differs from docker compose config</h2>
 * <ul>
 * <li>Only what the model carries is printed: {@code x-*} extensions and the keys jkompose does not
 *     model (logging, ulimits, devices, links, ipc, pid, blkio_config, ipam, driver_opts of networks,
 *     labels and templates of secrets/configs, build secrets/ssh/cache…) are absent.</li>
 * <li>Docker Compose v5 (compose-go 2.10 and later) leaves {@code create_host_path: true} out and
 *     prints {@code bind: {}}; this form keeps v2's {@code bind: {create_host_path: true}}.</li>
 * <li>The model records no "short syntax" flag. A bind mount gets its {@code bind} block when the
 *     loader set {@code createHostPath} (the short syntax sets it to true), a volume mount gets
 *     {@code volume: {}} when the loader set {@code noCopy} (the short syntax sets it to false).</li>
 * <li>{@code expose} ranges are printed one port each (the loader expands them), and an explicit
 *     {@code /tcp} suffix is dropped.</li>
 * <li>A service network attachment without options is printed {@code null}, also when it was
 *     written as an empty mapping (compose would print {@code {}}).</li>
 * <li>The dependencies compose adds for {@code links}, {@code volumes_from} and
 *     {@code ipc/pid: service:x} are not added (the model has none of these keys).</li>
 * </ul>
 */
public final class CanonicalForm {

    /** Which of compose's two printers to follow: they sort map keys differently. */
    public enum Format {
        /** {@code docker compose config} (the default). */
        YAML,
        /** {@code docker compose config --format json}. */
        JSON
    }

    private CanonicalForm() {
    }

    /** The project as {@code docker compose config} prints it in YAML. */
    public static Map<String, Object> of(Project project) {
        return of(project, Format.YAML);
    }

    public static Map<String, Object> of(Project project, Format format) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(format, "format");
        Context context = new Context(project.name(), project.workingDir(), format);
        KeyOrder order = context.keyOrder();

        LinkedHashMap<String, Object> services = new LinkedHashMap<>();
        boolean usesDefaultNetwork = false;
        for (String name : order.sortedKeys(project.services().keySet())) {
            LinkedHashMap<String, Object> service = ServiceForm.of(project.services().get(name), context);
            usesDefaultNetwork |= usesDefault(service);
            services.put(name, service);
        }

        LinkedHashMap<String, Object> networks = resources(project.networks(), order, context, ResourceForm::network);
        if (usesDefaultNetwork && !networks.containsKey(ServiceForm.DEFAULT_NETWORK)) {
            networks.put(ServiceForm.DEFAULT_NETWORK, ResourceForm.defaultNetwork(context));
            networks = order.sorted(networks);
        }

        Node root = new Node();
        if (context.json()) {
            // compose's JSON printer always writes the name, even an empty one.
            root.put("name", project.name() == null ? "" : project.name());
        } else {
            root.text("name", project.name());
        }
        root.put("services", services)
                .map("networks", networks)
                .map("volumes", resources(project.volumes(), order, context, ResourceForm::volume))
                .map("secrets", resources(project.secrets(), order, context, ResourceForm::secret))
                .map("configs", resources(project.configs(), order, context, ResourceForm::config));
        LinkedHashMap<String, Object> tree = root.build();
        // compose's JSON printer puts the top level in a Go map, so its keys come out sorted too.
        return context.json() ? order.sorted(tree) : tree;
    }

    private static boolean usesDefault(Map<String, Object> service) {
        return service.get("networks") instanceof Map<?, ?> networks
                && networks.containsKey(ServiceForm.DEFAULT_NETWORK);
    }

    @FunctionalInterface
    private interface ResourceWriter<T> {
        LinkedHashMap<String, Object> write(String key, T definition, Context context);
    }

    private static <T> LinkedHashMap<String, Object> resources(SortedMap<String, T> definitions, KeyOrder order,
            Context context, ResourceWriter<T> writer) {
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        for (String key : order.sortedKeys(definitions.keySet())) {
            result.put(key, writer.write(key, definitions.get(key), context));
        }
        return result;
    }
}
