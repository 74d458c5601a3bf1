package io.jkompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Checks a SARIF log against the parts of the SARIF 2.1.0 JSON schema (OASIS,
 * {@code sarif-schema-2.1.0.json}) that jkompose writes, transcribed here so that no test downloads it:
 * for each object its properties (the schema allows no others), the required ones, the {@code anyOf}
 * requirements, and the enums and minimums of the values jkompose sets. A property the schema allows
 * but this check does not descend into is reported too, so that new output cannot go unchecked.
 */
final class SarifShape {

    private record Definition(Set<String> allowed, Set<String> required, List<Set<String>> anyOf) {
    }

    private static final Map<String, Definition> SCHEMA = Map.ofEntries(
            Map.entry("sarifLog", new Definition(Set.of("$schema", "inlineExternalProperties", "properties", "runs",
                    "version"), Set.of("version", "runs"), List.of())),
            Map.entry("run", new Definition(Set.of("addresses", "artifacts", "automationDetails", "baselineGuid",
                    "columnKind", "conversion", "defaultEncoding", "defaultSourceLanguage",
                    "externalPropertyFileReferences", "graphs", "invocations", "language", "logicalLocations",
                    "newlineSequences", "originalUriBaseIds", "policies", "properties", "redactionTokens", "results",
                    "runAggregates", "specialLocations", "taxonomies", "threadFlowLocations", "tool", "translations",
                    "versionControlProvenance", "webRequests", "webResponses"), Set.of("tool"), List.of())),
            Map.entry("tool", new Definition(Set.of("driver", "extensions", "properties"), Set.of("driver"), List.of())),
            Map.entry("toolComponent", new Definition(Set.of("associatedComponent", "contents",
                    "dottedQuadFileVersion", "downloadUri", "fullDescription", "fullName", "globalMessageStrings", "guid",
                    "informationUri", "isComprehensive", "language", "localizedDataSemanticVersion", "locations",
                    "minimumRequiredLocalizedDataSemanticVersion", "name", "notifications", "organization", "product",
                    "productSuite", "properties", "releaseDateUtc", "rules", "semanticVersion", "shortDescription",
                    "supportedTaxonomies", "taxa", "translationMetadata", "version"), Set.of("name"), List.of())),
            Map.entry("reportingDescriptor", new Definition(Set.of("defaultConfiguration", "deprecatedGuids",
                    "deprecatedIds", "deprecatedNames", "fullDescription", "guid", "help", "helpUri", "id",
                    "messageStrings", "name", "properties", "relationships", "shortDescription"), Set.of("id"), List.of())),
            Map.entry("multiformatMessageString", new Definition(Set.of("markdown", "properties", "text"),
                    Set.of("text"), List.of())),
            Map.entry("result", new Definition(Set.of("analysisTarget", "attachments", "baselineState", "codeFlows",
                    "correlationGuid", "fingerprints", "fixes", "graphTraversals", "graphs", "guid", "hostedViewerUri",
                    "kind", "level", "locations", "message", "occurrenceCount", "partialFingerprints", "properties",
                    "provenance", "rank", "relatedLocations", "rule", "ruleId", "ruleIndex", "stacks", "suppressions",
                    "taxa", "webRequest", "webResponse", "workItemUris"), Set.of("message"), List.of())),
            Map.entry("message", new Definition(Set.of("arguments", "id", "markdown", "properties", "text"), Set.of(),
                    List.of(Set.of("text"), Set.of("id")))),
            Map.entry("location", new Definition(Set.of("annotations", "id", "logicalLocations", "message",
                    "physicalLocation", "properties", "relationships"), Set.of(), List.of())),
            Map.entry("physicalLocation", new Definition(Set.of("address", "artifactLocation", "contextRegion",
                    "properties", "region"), Set.of(), List.of(Set.of("address"), Set.of("artifactLocation")))),
            Map.entry("artifactLocation", new Definition(Set.of("description", "index", "properties", "uri",
                    "uriBaseId"), Set.of(), List.of())),
            Map.entry("region", new Definition(Set.of("byteLength", "byteOffset", "charLength", "charOffset",
                    "endColumn", "endLine", "message", "properties", "snippet", "sourceLanguage", "startColumn",
                    "startLine"), Set.of(), List.of(Set.of("startLine"), Set.of("charOffset"), Set.of("byteOffset")))));

    private final List<String> problems = new ArrayList<>();

    private SarifShape() {
    }

    /** The problems found; empty when the log has the shape the schema asks for. */
    static List<String> problems(JsonNode log) {
        SarifShape shape = new SarifShape();
        shape.sarifLog(log);
        return shape.problems;
    }

    private void sarifLog(JsonNode log) {
        if (!object(log, "sarifLog", "$")) {
            return;
        }
        checked(log, "$", "$schema", "version", "runs");
        string(log, "$", "$schema");
        if (!"2.1.0".equals(log.path("version").asString(""))) {
            problems.add("$.version must be \"2.1.0\"");
        }
        each(log, "$", "runs", this::run);
    }

    private void run(JsonNode run, String path) {
        if (!object(run, "run", path)) {
            return;
        }
        checked(run, path, "tool", "columnKind", "results");
        enumValue(run, path, "columnKind", Set.of("utf16CodeUnits", "unicodeCodePoints"));
        JsonNode tool = run.path("tool");
        if (object(tool, "tool", path + ".tool")) {
            checked(tool, path + ".tool", "driver");
            toolComponent(tool.path("driver"), path + ".tool.driver");
        }
        each(run, path, "results", this::result);
    }

    private void toolComponent(JsonNode driver, String path) {
        if (!object(driver, "toolComponent", path)) {
            return;
        }
        checked(driver, path, "name", "version", "rules");
        string(driver, path, "name");
        string(driver, path, "version");
        each(driver, path, "rules", (rule, rulePath) -> {
            if (object(rule, "reportingDescriptor", rulePath)) {
                checked(rule, rulePath, "id", "shortDescription", "helpUri");
                string(rule, rulePath, "id");
                string(rule, rulePath, "helpUri");
                if (rule.has("shortDescription")) {
                    messageString(rule.path("shortDescription"), "multiformatMessageString", rulePath + ".shortDescription");
                }
            }
        });
    }

    private void result(JsonNode result, String path) {
        if (!object(result, "result", path)) {
            return;
        }
        checked(result, path, "ruleId", "ruleIndex", "level", "message", "locations");
        string(result, path, "ruleId");
        if (result.has("ruleIndex") && (!result.path("ruleIndex").isInt() || result.path("ruleIndex").intValue() < -1)) {
            problems.add(path + ".ruleIndex must be an integer >= -1");
        }
        enumValue(result, path, "level", Set.of("none", "note", "warning", "error"));
        messageString(result.path("message"), "message", path + ".message");
        each(result, path, "locations", (location, locationPath) -> {
            if (!object(location, "location", locationPath)) {
                return;
            }
            checked(location, locationPath, "physicalLocation");
            JsonNode physical = location.path("physicalLocation");
            String physicalPath = locationPath + ".physicalLocation";
            if (location.has("physicalLocation") && object(physical, "physicalLocation", physicalPath)) {
                checked(physical, physicalPath, "artifactLocation", "region");
                JsonNode artifact = physical.path("artifactLocation");
                if (object(artifact, "artifactLocation", physicalPath + ".artifactLocation")) {
                    checked(artifact, physicalPath + ".artifactLocation", "uri");
                    string(artifact, physicalPath + ".artifactLocation", "uri");
                }
                if (physical.has("region") && object(physical.path("region"), "region", physicalPath + ".region")) {
                    JsonNode region = physical.path("region");
                    checked(region, physicalPath + ".region", "startLine", "startColumn");
                    positive(region, physicalPath + ".region", "startLine");
                    positive(region, physicalPath + ".region", "startColumn");
                }
            }
        });
    }

    private void messageString(JsonNode node, String definition, String path) {
        if (object(node, definition, path)) {
            checked(node, path, "text");
            string(node, path, "text");
        }
    }

    /** An object of the definition with its required properties and no property the schema does not allow. */
    private boolean object(JsonNode node, String definition, String path) {
        if (!node.isObject()) {
            problems.add(path + " must be an object (" + definition + ")");
            return false;
        }
        Definition schema = SCHEMA.get(definition);
        for (String name : node.propertyNames()) {
            if (!schema.allowed().contains(name)) {
                problems.add(path + "." + name + " is not a property of " + definition);
            }
        }
        for (String name : schema.required()) {
            if (!node.has(name)) {
                problems.add(path + " lacks the required " + name);
            }
        }
        if (!schema.anyOf().isEmpty() && schema.anyOf().stream().noneMatch(names -> names.stream().allMatch(node::has))) {
            problems.add(path + " needs one of " + schema.anyOf());
        }
        return true;
    }

    /** Properties this check does not look into (allowed by the schema or not) are problems too. */
    private void checked(JsonNode node, String path, String... names) {
        Set<String> known = Set.of(names);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(path + "." + name + " is not checked by SarifShape (extend it)");
            }
        }
    }

    private void string(JsonNode node, String path, String name) {
        if (node.has(name) && !node.path(name).isString()) {
            problems.add(path + "." + name + " must be a string");
        }
    }

    private void positive(JsonNode node, String path, String name) {
        if (node.has(name) && (!node.path(name).isInt() || node.path(name).intValue() < 1)) {
            problems.add(path + "." + name + " must be an integer >= 1");
        }
    }

    private void enumValue(JsonNode node, String path, String name, Set<String> values) {
        if (node.has(name) && !values.contains(node.path(name).asString(""))) {
            problems.add(path + "." + name + " must be one of " + values);
        }
    }

    private void each(JsonNode node, String path, String name, BiConsumer<JsonNode, String> check) {
        if (!node.has(name)) {
            return;
        }
        JsonNode array = node.path(name);
        if (!array.isArray()) {
            problems.add(path + "." + name + " must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            check.accept(array.get(i), path + "." + name + "[" + i + "]");
        }
    }
}
