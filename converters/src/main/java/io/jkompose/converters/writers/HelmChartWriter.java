package io.jkompose.converters.writers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes converted objects as a Helm chart (apiVersion v2): {@code Chart.yaml}, {@code values.yaml},
 * {@code values.schema.json}, {@code README.md} and {@code templates/} with one template per object
 * (named as the plain output names its files), {@code _helpers.tpl} and {@code NOTES.txt}.
 *
 * <p>Each template is the object as the plain output writes it, with the fields people change per
 * environment replaced by references to values whose defaults are the converted ones: with the
 * default values, {@code helm template} renders exactly the plain output's objects. The same objects
 * give the same files.
 */
public final class HelmChartWriter {

    /** The chart's version; the chart is made anew by each conversion, so it starts here. */
    public static final String CHART_VERSION = "0.1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> POD_CONTROLLERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job");
    private static final Set<String> REPLICATED = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "PersistentVolume", "RuntimeClass",
            "ClusterRole", "ClusterRoleBinding", "StorageClass", "PriorityClass", "CustomResourceDefinition",
            "IngressClass");

    /** A writer; the serializers it shares with all others are made on first use. */
    public HelmChartWriter() {
    }

    /**
     * A chart name Helm accepts, from a project name: lower case letters, digits and '-'.
     *
     * @return the name, or {@code chart} when nothing of the project name is left
     */
    public static String chartName(String projectName) {
        String lower = projectName == null ? "" : projectName.toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                name.append(c);
            } else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
                name.append('-');
            }
        }
        while (name.length() > 0 && name.charAt(name.length() - 1) == '-') {
            name.setLength(name.length() - 1);
        }
        return name.length() == 0 ? "chart" : name.toString();
    }

    /**
     * The chart's files, keyed and sorted by their path in the chart folder ({@code Chart.yaml},
     * {@code templates/web-deployment.yaml}, ...), '/' separated.
     *
     * @param chartName a name from {@link #chartName(String)}
     * @throws IllegalArgumentException if an object has no {@code metadata.name}
     */
    public SortedMap<String, String> files(String chartName, List<HasMetadata> objects) {
        ObjectMapper mapper = WriterMappers.yaml();
        HelmValues values = new HelmValues();
        List<String> names = ManifestFileNames.of(objects, ".yaml");
        SortedMap<String, String> files = new TreeMap<>();
        Set<String> images = new LinkedHashSet<>();
        List<String> summary = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode tree = ManifestWriter.manifest(objects.get(i));
            HelmTemplate template = new HelmTemplate();
            new ObjectTemplating(chartName, template, values, images).apply(tree);
            files.put("templates/" + names.get(i), template.render(mapper, tree));
            summary.add(tree.path("kind").asString("") + " " + tree.path("metadata").path("name").asString(""));
        }
        String appVersion = images.size() == 1 ? images.iterator().next() : CHART_VERSION;
        files.put("Chart.yaml", chartYaml(chartName, appVersion));
        files.put("values.yaml", "# Default values of the " + chartName + " chart, made by jkompose: they render the\n"
                + "# converted objects unchanged. README.md describes each; values.schema.json checks them.\n"
                + mapper.writeValueAsString(values.tree()));
        files.put("values.schema.json", WriterMappers.json().writeValueAsString(values.schema(chartName)) + "\n");
        files.put("templates/_helpers.tpl", helpers(chartName));
        files.put("templates/NOTES.txt", notes(summary));
        files.put("README.md", readme(chartName, values));
        return files;
    }

    /** Replaces the values' fields of one object's tree by references, recording the defaults. */
    private final class ObjectTemplating {

        private final String chart;
        private final HelmTemplate template;
        private final HelmValues values;
        private final Set<String> imageTags;
        private final Map<String, String> variables = new LinkedHashMap<>();

        ObjectTemplating(String chart, HelmTemplate template, HelmValues values, Set<String> imageTags) {
            this.chart = chart;
            this.template = template;
            this.values = values;
            this.imageTags = imageTags;
        }

        void apply(ObjectNode tree) {
            String kind = tree.path("kind").asString("");
            ObjectNode metadata = tree.withObject("/metadata");
            String name = metadata.path("name").asString("");
            String kindKey = kind.toLowerCase(Locale.ROOT);
            metadata(metadata, kind);
            JsonNode spec = tree.get("spec");
            if (!(spec instanceof ObjectNode specNode)) {
                return;
            }
            switch (kind) {
                case "Pod" -> workload(specNode, specNode, name, kindKey, false);
                case "CronJob" -> {
                    JsonNode podSpec = specNode.at("/jobTemplate/spec/template/spec");
                    if (podSpec instanceof ObjectNode pod) {
                        workload(specNode, pod, name, kindKey, false);
                    }
                }
                case "Service" -> service(specNode, name);
                case "Ingress" -> ingress(specNode, name);
                case "PersistentVolumeClaim" -> claim(specNode, name, kindKey);
                default -> {
                    if (POD_CONTROLLERS.contains(kind) && specNode.at("/template/spec") instanceof ObjectNode pod) {
                        workload(specNode, pod, name, kindKey, REPLICATED.contains(kind));
                    }
                }
            }
        }

        private void metadata(ObjectNode metadata, String kind) {
            template.block(metadata, "labels", "include " + HelmTemplate.goString(chart + ".labels")
                    + " (list $ " + dict(metadata.get("labels")) + ")", HelmTemplate.Body.TEXT);
            template.block(metadata, "annotations", "include " + HelmTemplate.goString(chart + ".annotations")
                    + " (list $ " + dict(metadata.get("annotations")) + ")", HelmTemplate.Body.TEXT);
            if ("Namespace".equals(kind)) {
                values.namespace(metadata.path("name").asString(null));
                template.condition("$.Values.global.namespace");
                template.inline(metadata, "name", "$.Values.global.namespace | quote");
            } else if (!CLUSTER_SCOPED.contains(kind)) {
                values.namespace(metadata.path("namespace").asString(null));
                template.block(metadata, "namespace", "$.Values.global.namespace", HelmTemplate.Body.QUOTED);
            }
        }

        private void workload(ObjectNode spec, ObjectNode pod, String name, String kind, boolean replicated) {
            String key = values.serviceKey(List.of(name, name + "-" + kind), HelmValues.POD_FIELDS);
            ObjectNode entry = values.service(key);
            String variable = serviceVariable(key);
            if (replicated && spec.has("replicas")) {
                entry.set("replicas", spec.get("replicas"));
                template.inline(spec, "replicas", variable + ".replicas");
            }
            blockValue(entry, pod, "nodeSelector", variable, NODES.objectNode());
            blockValue(entry, pod, "tolerations", variable, NODES.arrayNode());
            blockValue(entry, pod, "affinity", variable, NODES.objectNode());
            entry.put("runtimeClassName", pod.path("runtimeClassName").asString(""));
            template.block(pod, "runtimeClassName", variable + ".runtimeClassName", HelmTemplate.Body.QUOTED);
            blockValue(entry, pod, "imagePullSecrets", variable, NODES.arrayNode());
            // An init container (a wait for a dependency, say) belongs to its workload: web-wait-for-db.
            for (JsonNode container : pod.path("initContainers")) {
                if (container instanceof ObjectNode containerNode) {
                    container(containerNode, name + "-" + containerNode.path("name").asString(""));
                }
            }
            for (JsonNode container : pod.path("containers")) {
                if (container instanceof ObjectNode containerNode) {
                    container(containerNode, containerNode.path("name").asString(""), name + "-"
                            + containerNode.path("name").asString(""));
                }
            }
            for (JsonNode claimTemplate : spec.path("volumeClaimTemplates")) {
                if (claimTemplate.get("spec") instanceof ObjectNode claimSpec) {
                    claim(claimSpec, claimTemplate.path("metadata").path("name").asString(""), "volumeclaimtemplate");
                }
            }
        }

        private void container(ObjectNode container, String... keys) {
            String key = values.serviceKey(List.of(keys), HelmValues.CONTAINER_FIELDS);
            ObjectNode entry = values.service(key);
            String variable = serviceVariable(key);
            String image = container.path("image").asString("");
            entry.set("image", image(image));
            template.inline(container, "image", "include " + HelmTemplate.goString(chart + ".image") + " "
                    + variable + ".image | quote");
            blockValue(entry, container, "resources", variable, NODES.objectNode());
            blockValue(entry, container, "env", variable, NODES.arrayNode());
        }

        private ObjectNode image(String image) {
            String rest = image;
            String digest = "";
            int at = rest.indexOf('@');
            if (at >= 0) {
                digest = rest.substring(at + 1);
                rest = rest.substring(0, at);
            }
            String tag = "";
            int colon = rest.lastIndexOf(':');
            if (colon > rest.lastIndexOf('/')) {
                tag = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
            }
            imageTags.add(tag.isEmpty() ? "latest" : tag);
            ObjectNode node = NODES.objectNode();
            node.put("repository", rest);
            node.put("tag", tag);
            if (!digest.isEmpty()) {
                node.put("digest", digest);
            }
            return node;
        }

        private void service(ObjectNode spec, String name) {
            String key = values.serviceKey(List.of(name, name + "-service"), List.of("service"));
            String variable = serviceVariable(key);
            ObjectNode service = values.service(key).putObject("service");
            service.put("type", spec.path("type").asString(""));
            service.set("ports", spec.has("ports") ? spec.get("ports") : NODES.arrayNode());
            template.block(spec, "type", variable + ".service.type", HelmTemplate.Body.QUOTED);
            template.block(spec, "ports", variable + ".service.ports", HelmTemplate.Body.YAML);
        }

        private void ingress(ObjectNode spec, String name) {
            String key = values.serviceKey(List.of(name, name + "-ingress"), List.of("ingress"));
            String variable = serviceVariable(key);
            ObjectNode ingress = values.service(key).putObject("ingress");
            ingress.put("enabled", true);
            template.condition(variable + ".ingress.enabled");
            List<String> hosts = new ArrayList<>();
            for (JsonNode rule : spec.path("rules")) {
                String host = rule.path("host").asString("");
                if (!host.isEmpty() && !hosts.contains(host)) {
                    hosts.add(host);
                }
            }
            if (hosts.size() <= 1) {
                ingress.put("host", hosts.isEmpty() ? "" : hosts.get(0));
            } else {
                ArrayNode list = ingress.putArray("hosts");
                hosts.forEach(list::add);
            }
            for (JsonNode rule : spec.path("rules")) {
                if (rule instanceof ObjectNode ruleNode) {
                    String host = ruleNode.path("host").asString("");
                    if (hosts.size() <= 1 && (host.isEmpty() == hosts.isEmpty())) {
                        template.block(ruleNode, "host", variable + ".ingress.host", HelmTemplate.Body.QUOTED);
                    } else if (hosts.size() > 1 && !host.isEmpty()) {
                        template.block(ruleNode, "host", "index " + variable + ".ingress.hosts " + hosts.indexOf(host),
                                HelmTemplate.Body.QUOTED);
                    }
                }
            }
            ingress.put("className", spec.path("ingressClassName").asString(""));
            template.block(spec, "ingressClassName", variable + ".ingress.className", HelmTemplate.Body.QUOTED);
            ingress.set("tls", spec.has("tls") ? spec.get("tls") : NODES.arrayNode());
            template.block(spec, "tls", variable + ".ingress.tls", HelmTemplate.Body.YAML);
        }

        private void claim(ObjectNode spec, String name, String kind) {
            String key = values.claimKey(List.of(name, name + "-" + kind));
            ObjectNode entry = values.claim(key);
            String variable = variable("$claim", "persistence", key);
            JsonNode size = spec.at("/resources/requests/storage");
            if (size.isString() && spec.at("/resources/requests") instanceof ObjectNode requests) {
                entry.put("size", size.asString());
                template.inline(requests, "storage", variable + ".size | quote");
            }
            entry.put("storageClass", spec.path("storageClassName").asString(""));
            template.block(spec, "storageClassName", variable + ".storageClass", HelmTemplate.Body.QUOTED);
            JsonNode modes = spec.path("accessModes");
            if (modes.isArray() && modes.size() == 1) {
                entry.put("accessMode", modes.get(0).asString(""));
                spec.putArray("accessModes").add(template.inlineToken(variable + ".accessMode | quote"));
            }
        }

        /** Records a map or list field's default and replaces it by a {@code with} block. */
        private void blockValue(ObjectNode entry, ObjectNode parent, String field, String variable, JsonNode empty) {
            JsonNode value = parent.get(field);
            entry.set(field, value == null ? empty : value);
            template.block(parent, field, variable + "." + field, HelmTemplate.Body.YAML);
        }

        private String serviceVariable(String key) {
            return variable("$svc", "services", key);
        }

        /** A template variable for one values entry, defined at the top of the template on first use. */
        private String variable(String stem, String group, String key) {
            String id = group + "/" + key;
            String existing = variables.get(id);
            if (existing != null) {
                return existing;
            }
            long sameStem = variables.values().stream().filter(v -> v.replaceAll("[0-9]+$", "").equals(stem)).count();
            String variable = sameStem == 0 ? stem : stem + (sameStem + 1);
            variables.put(id, variable);
            template.header("{{- " + variable + " := index $.Values." + group + " " + HelmTemplate.goString(key) + " }}");
            return variable;
        }

        private String dict(JsonNode map) {
            StringBuilder text = new StringBuilder("(dict");
            if (map != null) {
                for (Map.Entry<String, JsonNode> entry : map.properties()) {
                    text.append(' ').append(HelmTemplate.goString(entry.getKey())).append(' ')
                            .append(HelmTemplate.goString(entry.getValue().asString("")));
                }
            }
            return text.append(')').toString();
        }
    }

    private String chartYaml(String chartName, String appVersion) {
        ObjectNode chart = NODES.objectNode();
        chart.put("apiVersion", "v2");
        chart.put("name", chartName);
        chart.put("description", "The Compose project " + chartName + " as a Helm chart, made by jkompose");
        chart.put("type", "application");
        chart.put("version", CHART_VERSION);
        chart.put("appVersion", appVersion);
        return WriterMappers.yaml().writeValueAsString(chart);
    }

    private static String helpers(String chart) {
        String name = HelmTemplate.goString(chart + ".name");
        String labels = HelmTemplate.goString(chart + ".labels");
        String annotations = HelmTemplate.goString(chart + ".annotations");
        String image = HelmTemplate.goString(chart + ".image");
        return "{{/* The chart's name. */}}\n"
                + "{{- define " + name + " -}}\n"
                + "{{- .Chart.Name | trunc 63 | trimSuffix \"-\" -}}\n"
                + "{{- end -}}\n"
                + "\n"
                + "{{/* An object's labels: its own (which win), then global.commonLabels; empty when none.\n"
                + "     Called with (list $ (dict \"name\" \"value\" ...)). */}}\n"
                + "{{- define " + labels + " -}}\n"
                + "{{- $labels := merge (dict) (index . 1) (index . 0).Values.global.commonLabels -}}\n"
                + "{{- if $labels }}{{ toYaml $labels }}{{ end -}}\n"
                + "{{- end -}}\n"
                + "\n"
                + "{{/* An object's annotations: its own (which win), then global.commonAnnotations; empty when none. */}}\n"
                + "{{- define " + annotations + " -}}\n"
                + "{{- $annotations := merge (dict) (index . 1) (index . 0).Values.global.commonAnnotations -}}\n"
                + "{{- if $annotations }}{{ toYaml $annotations }}{{ end -}}\n"
                + "{{- end -}}\n"
                + "\n"
                + "{{/* An image reference from an image value: repository[:tag][@digest]. */}}\n"
                + "{{- define " + image + " -}}\n"
                + "{{- .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end -}}\n"
                + "{{- end -}}\n";
    }

    private static String notes(List<String> summary) {
        StringBuilder text = new StringBuilder();
        text.append("{{ .Chart.Name }} {{ .Chart.Version }} is installed as the release {{ .Release.Name }}")
                .append(" in the namespace {{ .Values.global.namespace | default .Release.Namespace }}.\n\n")
                .append("Its objects:\n");
        summary.forEach(line -> text.append("  ").append(line.replace("{{", "{{ \"{{\" }}")).append('\n'));
        text.append("\nSee them with:\n")
                .append("  kubectl get all,ingress,pvc -n {{ .Values.global.namespace | default .Release.Namespace }}\n")
                .append("\nChange a value (the chart's README.md lists them all), for example:\n")
                .append("  helm upgrade {{ .Release.Name }} <chart folder> --reuse-values --set services.<name>.replicas=2\n");
        return text.toString();
    }

    private String readme(String chart, HelmValues values) {
        ObjectMapper compact = JsonMapper.builder().build();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(chart).append("\n\n")
                .append("A Helm chart of the Compose project ").append(chart).append(", made by `jkompose convert --chart`.\n")
                .append("With its default values it renders the same objects as `jkompose convert` writes.\n\n")
                .append("```\n")
                .append("helm install ").append(chart).append(" .                      # install\n")
                .append("helm upgrade ").append(chart).append(" . -f my-values.yaml    # change values\n")
                .append("helm template ").append(chart).append(" . --set services.<name>.replicas=2   # look first\n")
                .append("```\n\n")
                .append("`values.schema.json` checks every value: Helm refuses a misspelt name or a wrong type.\n\n")
                .append("## Values\n\n")
                .append("| Value | Type | Default | Description |\n")
                .append("|---|---|---|---|\n");
        for (HelmValues.Row row : values.rows(node -> compact.writeValueAsString(node))) {
            text.append("| `").append(cell(row.path())).append("` | ").append(row.type()).append(" | `")
                    .append(cell(row.defaultValue())).append("` | ").append(cell(row.description())).append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }
}
