package io.jkompose.converters.writers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of a chart, their JSON schema and their documentation. Values are grouped per service
 * ({@code services.<name>}: image, replicas, resources, env, Service, Ingress, pod placement) and
 * per volume claim ({@code persistence.<name>}), plus {@code global}. Every value's default is what
 * the converted object holds, so that the chart renders the plain output unchanged.
 */
final class HelmValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The fields of a service entry, in the order values.yaml writes them. */
    static final List<String> SERVICE_FIELDS = List.of("image", "replicas", "resources", "env", "service", "ingress",
            "nodeSelector", "tolerations", "affinity", "runtimeClassName", "imagePullSecrets");

    static final List<String> CONTAINER_FIELDS = List.of("image", "resources", "env");
    static final List<String> POD_FIELDS = List.of("replicas", "nodeSelector", "tolerations", "affinity",
            "runtimeClassName", "imagePullSecrets");

    private final Map<String, ObjectNode> services = new TreeMap<>();
    private final Map<String, ObjectNode> persistence = new TreeMap<>();
    private String namespace = "";

    /**
     * The key of the service entry that takes {@code fields}: the first candidate whose entry has none
     * of them yet, else the last candidate with a number appended.
     */
    String serviceKey(List<String> candidates, List<String> fields) {
        return claim(services, candidates, fields);
    }

    String claimKey(List<String> candidates) {
        return claim(persistence, candidates, List.of("size"));
    }

    private static String claim(Map<String, ObjectNode> entries, List<String> candidates, List<String> fields) {
        for (String candidate : candidates) {
            if (free(entries, candidate, fields)) {
                return candidate;
            }
        }
        String last = candidates.get(candidates.size() - 1);
        for (int n = 2; ; n++) {
            if (free(entries, last + "-" + n, fields)) {
                return last + "-" + n;
            }
        }
    }

    private static boolean free(Map<String, ObjectNode> entries, String key, List<String> fields) {
        ObjectNode entry = entries.get(key);
        return entry == null || fields.stream().noneMatch(entry::has);
    }

    ObjectNode service(String key) {
        return services.computeIfAbsent(key, k -> NODES.objectNode());
    }

    ObjectNode claim(String key) {
        return persistence.computeIfAbsent(key, k -> NODES.objectNode());
    }

    void namespace(String value) {
        if (namespace.isEmpty() && value != null) {
            namespace = value;
        }
    }

    /** The values tree as values.yaml writes it. */
    ObjectNode tree() {
        ObjectNode root = NODES.objectNode();
        ObjectNode global = root.putObject("global");
        global.put("namespace", namespace);
        global.putObject("commonLabels");
        global.putObject("commonAnnotations");
        ObjectNode serviceNodes = root.putObject("services");
        services.forEach((key, entry) -> {
            ObjectNode ordered = serviceNodes.putObject(key);
            for (String field : SERVICE_FIELDS) {
                if (entry.has(field)) {
                    ordered.set(field, entry.get(field));
                }
            }
        });
        ObjectNode claims = root.putObject("persistence");
        persistence.forEach(claims::set);
        return root;
    }

    // ---- schema -------------------------------------------------------------------------------

    /** A JSON schema (draft 7) of {@link #tree()}: the known names only, each with its type. */
    ObjectNode schema(String chartName) {
        ObjectNode values = tree();
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Values of the " + chartName + " chart");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");

        ObjectNode global = closedObject(properties.putObject("global"), "Settings for every object.");
        ObjectNode globalProperties = global.putObject("properties");
        string(globalProperties.putObject("namespace"), describe("namespace"));
        stringMap(globalProperties.putObject("commonLabels"), describe("commonLabels"));
        stringMap(globalProperties.putObject("commonAnnotations"), describe("commonAnnotations"));
        required(global, values.get("global"));

        ObjectNode services = closedObject(properties.putObject("services"), "One entry per Compose service.");
        ObjectNode serviceProperties = services.putObject("properties");
        for (Map.Entry<String, JsonNode> entry : values.get("services").properties()) {
            ObjectNode service = closedObject(serviceProperties.putObject(entry.getKey()),
                    "The values of " + entry.getKey() + ".");
            ObjectNode fields = service.putObject("properties");
            for (Map.Entry<String, JsonNode> field : entry.getValue().properties()) {
                fields.set(field.getKey(), serviceField(field.getKey(), field.getValue()));
            }
            required(service, entry.getValue());
        }
        required(services, values.get("services"));

        ObjectNode claims = closedObject(properties.putObject("persistence"), "One entry per volume claim.");
        ObjectNode claimProperties = claims.putObject("properties");
        for (Map.Entry<String, JsonNode> entry : values.get("persistence").properties()) {
            ObjectNode claim = closedObject(claimProperties.putObject(entry.getKey()),
                    "The claim " + entry.getKey() + ".");
            ObjectNode fields = claim.putObject("properties");
            for (Map.Entry<String, JsonNode> field : entry.getValue().properties()) {
                fields.set(field.getKey(), claimField(field.getKey()));
            }
            required(claim, entry.getValue());
        }
        required(claims, values.get("persistence"));
        required(schema, values);
        return schema;
    }

    private static ObjectNode serviceField(String name, JsonNode value) {
        ObjectNode node = NODES.objectNode();
        switch (name) {
            case "image" -> {
                closedObject(node, describe(name));
                ObjectNode properties = node.putObject("properties");
                string(properties.putObject("repository"), describe("image.repository")).put("minLength", 1);
                string(properties.putObject("tag"), describe("image.tag"));
                string(properties.putObject("digest"), describe("image.digest"));
                required(node, value);
            }
            case "replicas" -> node.put("type", "integer").put("minimum", 0).put("description", describe(name));
            case "resources" -> {
                closedObject(node, describe(name));
                ObjectNode properties = node.putObject("properties");
                for (String part : List.of("limits", "requests")) {
                    ObjectNode quantities = properties.putObject(part).put("type", "object");
                    quantities.putObject("additionalProperties").putArray("type").add("string").add("number");
                }
            }
            case "env" -> objectList(node, describe(name)).withObject("/items").putArray("required").add("name");
            case "service" -> {
                closedObject(node, describe(name));
                ObjectNode properties = node.putObject("properties");
                string(properties.putObject("type"), describe("service.type")).putArray("enum")
                        .add("").add("ClusterIP").add("NodePort").add("LoadBalancer").add("ExternalName");
                objectList(properties.putObject("ports"), describe("service.ports"));
                required(node, value);
            }
            case "ingress" -> {
                closedObject(node, describe(name));
                ObjectNode properties = node.putObject("properties");
                properties.putObject("enabled").put("type", "boolean").put("description", describe("ingress.enabled"));
                if (value.has("host")) {
                    string(properties.putObject("host"), describe("ingress.host"));
                }
                if (value.has("hosts")) {
                    ObjectNode hosts = properties.putObject("hosts").put("type", "array")
                            .put("description", describe("ingress.hosts"))
                            .put("minItems", value.get("hosts").size()).put("maxItems", value.get("hosts").size());
                    hosts.putObject("items").put("type", "string").put("minLength", 1);
                }
                string(properties.putObject("className"), describe("ingress.className"));
                objectList(properties.putObject("tls"), describe("ingress.tls"));
                required(node, value);
            }
            case "nodeSelector" -> stringMap(node, describe(name));
            case "tolerations", "imagePullSecrets" -> objectList(node, describe(name));
            case "affinity" -> node.put("type", "object").put("description", describe(name));
            case "runtimeClassName" -> string(node, describe(name));
            default -> throw new IllegalArgumentException("no schema for the service value " + name);
        }
        return node;
    }

    private static ObjectNode claimField(String name) {
        ObjectNode node = NODES.objectNode();
        switch (name) {
            case "size" -> string(node, describe("persistence.size"))
                    .put("pattern", "^[0-9]+(\\.[0-9]+)?([EPTGMK]i?|[mkun]|[eE][-+]?[0-9]+)?$");
            case "storageClass" -> string(node, describe("persistence.storageClass"));
            case "accessMode" -> string(node, describe("persistence.accessMode")).putArray("enum")
                    .add("ReadWriteOnce").add("ReadOnlyMany").add("ReadWriteMany").add("ReadWriteOncePod");
            default -> throw new IllegalArgumentException("no schema for the claim value " + name);
        }
        return node;
    }

    private static ObjectNode closedObject(ObjectNode node, String description) {
        return node.put("type", "object").put("description", description).put("additionalProperties", false);
    }

    private static ObjectNode string(ObjectNode node, String description) {
        return node.put("type", "string").put("description", description);
    }

    private static ObjectNode stringMap(ObjectNode node, String description) {
        node.put("type", "object").put("description", description).putObject("additionalProperties").put("type", "string");
        return node;
    }

    private static ObjectNode objectList(ObjectNode node, String description) {
        node.put("type", "array").put("description", description).putObject("items").put("type", "object");
        return node;
    }

    private static void required(ObjectNode schema, JsonNode value) {
        ArrayNode required = NODES.arrayNode();
        value.propertyNames().forEach(required::add);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    // ---- documentation ------------------------------------------------------------------------

    /** The value's description, by its name within its entry. */
    static String describe(String name) {
        return switch (name) {
            case "namespace" -> "Namespace of every namespaced object; empty: the release's namespace (helm -n).";
            case "commonLabels" -> "Labels added to every object's metadata (an object's own label of the same name wins).";
            case "commonAnnotations" -> "Annotations added to every object's metadata (an object's own annotation wins).";
            case "image" -> "The container image.";
            case "image.repository" -> "Image repository (registry and path), without tag.";
            case "image.tag" -> "Image tag; empty: none.";
            case "image.digest" -> "Image digest (sha256:...); empty: none.";
            case "replicas" -> "Number of pods.";
            case "resources" -> "Container resources: limits and requests.";
            case "env" -> "Container environment variables (a list of name/value or name/valueFrom).";
            case "service" -> "The Kubernetes Service.";
            case "service.type" -> "Service type: ClusterIP, NodePort, LoadBalancer or ExternalName; empty: ClusterIP.";
            case "service.ports" -> "Service ports (name, port, targetPort, protocol, nodePort).";
            case "ingress" -> "The Ingress.";
            case "ingress.enabled" -> "Whether the Ingress is written.";
            case "ingress.host" -> "Host name of the Ingress rules; empty: any host.";
            case "ingress.hosts" -> "Host names of the Ingress rules, one per host the Compose label names.";
            case "ingress.className" -> "IngressClass name; empty: the cluster's default.";
            case "ingress.tls" -> "TLS entries (hosts, secretName) of the Ingress.";
            case "nodeSelector" -> "Node labels the pods must run on.";
            case "tolerations" -> "Pod tolerations.";
            case "affinity" -> "Pod affinity and anti-affinity.";
            case "runtimeClassName" -> "RuntimeClass of the pods; empty: the cluster's default runtime.";
            case "imagePullSecrets" -> "Secrets (by name) to pull the images with.";
            case "persistence.size" -> "Requested storage (a quantity such as 1Gi).";
            case "persistence.storageClass" -> "StorageClass; empty: the cluster's default.";
            case "persistence.accessMode" -> "Access mode: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.";
            default -> throw new IllegalArgumentException("no description for the value " + name);
        };
    }

    /** One row of the README's table: the value's path, type, default and description. */
    record Row(String path, String type, String defaultValue, String description) {
    }

    /** A row per value; a map or list value (resources, env, ports...) is one row. */
    List<Row> rows(JsonWriter json) {
        ObjectNode values = tree();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> global : values.get("global").properties()) {
            rows.add(row("global." + global.getKey(), global.getValue(), describe(global.getKey()), json));
        }
        for (Map.Entry<String, JsonNode> service : values.get("services").properties()) {
            String prefix = "services." + quotedKey(service.getKey()) + ".";
            for (Map.Entry<String, JsonNode> field : service.getValue().properties()) {
                String name = field.getKey();
                if (List.of("image", "service", "ingress").contains(name)) {
                    for (Map.Entry<String, JsonNode> part : field.getValue().properties()) {
                        rows.add(row(prefix + name + "." + part.getKey(), part.getValue(),
                                describe(name + "." + part.getKey()), json));
                    }
                } else {
                    rows.add(row(prefix + name, field.getValue(), describe(name), json));
                }
            }
        }
        for (Map.Entry<String, JsonNode> claim : values.get("persistence").properties()) {
            String prefix = "persistence." + quotedKey(claim.getKey()) + ".";
            for (Map.Entry<String, JsonNode> field : claim.getValue().properties()) {
                rows.add(row(prefix + field.getKey(), field.getValue(), describe("persistence." + field.getKey()), json));
            }
        }
        return rows;
    }

    /** Writes a value compactly, for the README. */
    @FunctionalInterface
    interface JsonWriter {
        String compact(JsonNode value);
    }

    private static Row row(String path, JsonNode value, String description, JsonWriter json) {
        String type = value.isObject() ? "object" : value.isArray() ? "list" : value.isBoolean() ? "bool"
                : value.isNumber() ? "int" : "string";
        return new Row(path, type, json.compact(value), description);
    }

    /** A key as --set takes it: dots escaped. */
    private static String quotedKey(String key) {
        return key.replace(".", "\\.");
    }
}
