package io.jkompose.golden;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenShift objects of a manifest set, which {@code k8s-validate} does not know (its digest is
 * the Kubernetes API only): they are taken out before it runs and checked here instead, against
 * the rules of OpenShift's API that jkompose's output could break. A DeploymentConfig's pod template
 * and selector are still checked by k8s-validate, as the Deployment (apps/v1) that stands for it.
 * Only the object kinds jkompose writes are known; any other object of an {@code *.openshift.io}
 * group is a problem.
 */
final class OpenShiftObjects {

    /** Each OpenShift kind jkompose writes, with the one apiVersion an OpenShift 4 API server serves it under. */
    static final Map<String, String> API_VERSIONS = Map.of(
            "DeploymentConfig", "apps.openshift.io/v1",
            "ImageStream", "image.openshift.io/v1",
            "Route", "route.openshift.io/v1",
            "BuildConfig", "build.openshift.io/v1");

    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern TAG_NAME = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Set<String> TERMINATIONS = Set.of("edge", "passthrough", "reencrypt");
    private static final Set<String> INSECURE_POLICIES = Set.of("Allow", "Redirect", "None");
    private static final Set<String> TRIGGER_TYPES = Set.of("ConfigChange", "ImageChange");

    /** What is left for k8s-validate, and what is wrong with the OpenShift objects. */
    record Split(List<JsonNode> kubernetes, List<String> problems, int openShiftObjects) {
    }

    private OpenShiftObjects() {
    }

    static boolean isOpenShift(JsonNode document) {
        return document.path("apiVersion").asString("").contains(".openshift.io/")
                || API_VERSIONS.containsKey(document.path("kind").asString(""));
    }

    /** Separates the documents (a {@code List}'s items one by one); each DeploymentConfig also gives its stand-in. */
    static Split split(List<JsonNode> documents, String where) {
        List<JsonNode> kubernetes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int openShift = 0;
        for (JsonNode document : flatten(documents)) {
            if (!isOpenShift(document)) {
                kubernetes.add(document);
                continue;
            }
            openShift++;
            String kind = document.path("kind").asString("");
            String name = document.path("metadata").path("name").asString("");
            String at = where + "(" + kind + "/" + name + ")";
            String apiVersion = document.path("apiVersion").asString("");
            if (!API_VERSIONS.containsKey(kind)) {
                problems.add(at + ": no OpenShift kind jkompose writes (" + apiVersion + ")");
                continue;
            }
            if (!API_VERSIONS.get(kind).equals(apiVersion)) {
                problems.add(at + ": apiVersion " + apiVersion + " is not served by OpenShift 4; it is "
                        + API_VERSIONS.get(kind));
            }
            if (!DNS1123_SUBDOMAIN.matcher(name).matches() || name.length() > 253) {
                problems.add(at + ": name '" + name + "' is not a DNS-1123 subdomain");
            }
            switch (kind) {
                case "DeploymentConfig" -> {
                    checkDeploymentConfig(document, at, problems);
                    kubernetes.add(standIn(document));
                }
                case "ImageStream" -> checkImageStream(document, at, problems);
                case "Route" -> checkRoute(document, at, problems);
                default -> checkBuildConfig(document, at, problems);
            }
        }
        return new Split(kubernetes, problems, openShift);
    }

    private static List<JsonNode> flatten(List<JsonNode> documents) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode document : documents) {
            if (document == null || document.isNull() || document.isMissingNode()) {
                continue;
            }
            if (document.path("kind").asString("").equals("List") && document.has("items")) {
                document.path("items").forEach(all::add);
            } else {
                all.add(document);
            }
        }
        return all;
    }

    private static void checkDeploymentConfig(JsonNode dc, String at, List<String> problems) {
        JsonNode spec = dc.path("spec");
        if (!spec.path("selector").isObject() || spec.path("selector").isEmpty()) {
            problems.add(at + ": spec.selector missing");
        }
        if (!spec.path("template").isObject()) {
            problems.add(at + ": spec.template missing");
        }
        Set<String> containers = new HashSet<>();
        spec.path("template").path("spec").path("containers").forEach(c -> containers.add(c.path("name").asString("")));
        for (JsonNode trigger : spec.path("triggers")) {
            String type = trigger.path("type").asString("");
            if (!TRIGGER_TYPES.contains(type)) {
                problems.add(at + ": trigger type '" + type + "' is not ConfigChange or ImageChange");
            }
            if (type.equals("ImageChange")) {
                JsonNode params = trigger.path("imageChangeParams");
                if (!params.path("from").path("kind").asString("").equals("ImageStreamTag")
                        || !params.path("from").path("name").asString("").contains(":")) {
                    problems.add(at + ": an ImageChange trigger must name an ImageStreamTag <stream>:<tag>");
                }
                if (params.path("containerNames").isEmpty()) {
                    problems.add(at + ": an ImageChange trigger names no container");
                }
                params.path("containerNames").forEach(c -> {
                    if (!containers.contains(c.asString(""))) {
                        problems.add(at + ": an ImageChange trigger names container '" + c.asString("")
                                + "', which the template does not have");
                    }
                });
            }
        }
        String strategy = spec.path("strategy").path("type").asString("Rolling");
        if (!Set.of("Rolling", "Recreate", "Custom").contains(strategy)) {
            problems.add(at + ": strategy type '" + strategy + "' is not Rolling, Recreate or Custom");
        }
    }

    /** The Deployment a DeploymentConfig stands for: same metadata, replicas, pod template; its selector as matchLabels. */
    private static JsonNode standIn(JsonNode dc) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode deployment = nodes.objectNode();
        deployment.put("apiVersion", "apps/v1");
        deployment.put("kind", "Deployment");
        deployment.set("metadata", dc.path("metadata").deepCopy());
        ObjectNode spec = deployment.putObject("spec");
        if (dc.path("spec").has("replicas")) {
            spec.set("replicas", dc.path("spec").path("replicas").deepCopy());
        }
        spec.putObject("selector").set("matchLabels", dc.path("spec").path("selector").deepCopy());
        spec.set("template", dc.path("spec").path("template").deepCopy());
        return deployment;
    }

    private static void checkImageStream(JsonNode is, String at, List<String> problems) {
        for (JsonNode tag : is.path("spec").path("tags")) {
            String name = tag.path("name").asString("");
            if (!TAG_NAME.matcher(name).matches()) {
                problems.add(at + ": tag name '" + name + "' is not a valid image tag");
            }
            String from = tag.path("from").path("kind").asString("");
            if (!Set.of("DockerImage", "ImageStreamTag", "ImageStreamImage").contains(from)) {
                problems.add(at + ": tag '" + name + "' comes from kind '" + from + "'");
            }
            if (tag.path("from").path("name").asString("").isBlank()) {
                problems.add(at + ": tag '" + name + "' comes from no image");
            }
        }
    }

    private static void checkRoute(JsonNode route, String at, List<String> problems) {
        JsonNode spec = route.path("spec");
        String host = spec.path("host").asString("");
        if (!host.isEmpty() && (!DNS1123_SUBDOMAIN.matcher(host).matches() || host.length() > 253)) {
            problems.add(at + ": host '" + host + "' is not a DNS-1123 subdomain");
        }
        String path = spec.path("path").asString("");
        if (!path.isEmpty() && !path.startsWith("/")) {
            problems.add(at + ": path '" + path + "' does not start with /");
        }
        if (!spec.path("to").path("kind").asString("").equals("Service")
                || !DNS1123_LABEL.matcher(spec.path("to").path("name").asString("")).matches()) {
            problems.add(at + ": spec.to must name a Service");
        }
        JsonNode tls = spec.path("tls");
        if (tls.isObject()) {
            if (!TERMINATIONS.contains(tls.path("termination").asString(""))) {
                problems.add(at + ": tls.termination must be edge, passthrough or reencrypt");
            }
            String insecure = tls.path("insecureEdgeTerminationPolicy").asString("");
            if (!insecure.isEmpty() && !INSECURE_POLICIES.contains(insecure)) {
                problems.add(at + ": tls.insecureEdgeTerminationPolicy must be Allow, Redirect or None");
            }
            if (tls.has("externalCertificate") && tls.path("externalCertificate").path("name").asString("").isEmpty()) {
                problems.add(at + ": tls.externalCertificate names no Secret");
            }
        }
    }

    private static void checkBuildConfig(JsonNode bc, String at, List<String> problems) {
        JsonNode spec = bc.path("spec");
        if (spec.path("source").path("git").path("uri").asString("").isBlank()) {
            problems.add(at + ": spec.source.git.uri missing");
        }
        String contextDir = spec.path("source").path("contextDir").asString("");
        if (contextDir.startsWith("/") || contextDir.startsWith("..")) {
            problems.add(at + ": contextDir '" + contextDir + "' is not a path inside the repository");
        }
        if (!spec.path("strategy").path("type").asString("").equals("Docker")
                || !spec.path("strategy").path("dockerStrategy").isObject()) {
            problems.add(at + ": the strategy must be Docker, with a dockerStrategy");
        }
        JsonNode to = spec.path("output").path("to");
        if (!to.path("kind").asString("").equals("ImageStreamTag") || !to.path("name").asString("").contains(":")) {
            problems.add(at + ": spec.output.to must be an ImageStreamTag <stream>:<tag>");
        }
    }
}
