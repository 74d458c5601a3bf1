package io.jkompose.converters.writers.kustomize;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies {@code add}, {@code remove} and {@code replace} operations of a JSON patch (RFC 6902)
 * strictly: a path that does not exist (or, for add, whose parent does not) fails, as in
 * Kustomize's patcher. Only for checking {@link JsonPatchDiff}'s output.
 */
final class JsonPatchApplier {

    private JsonPatchApplier() {
    }

    static JsonNode apply(JsonNode document, ArrayNode operations) {
        JsonNode result = document.deepCopy();
        for (JsonNode operation : operations.values()) {
            String op = operation.get("op").asString();
            String path = operation.get("path").asString();
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("not a pointer below the root: " + path);
            }
            JsonNode parent = locate(result, path.substring(0, slash));
            String token = unescape(path.substring(slash + 1));
            JsonNode value = operation.get("value");
            if (parent instanceof ObjectNode object) {
                switch (op) {
                    case "add" -> object.set(token, value.deepCopy());
                    case "remove", "replace" -> {
                        if (!object.has(token)) {
                            throw new IllegalArgumentException(op + " of a missing member " + path);
                        }
                        if (op.equals("remove")) {
                            object.remove(token);
                        } else {
                            object.set(token, value.deepCopy());
                        }
                    }
                    default -> throw new IllegalArgumentException("unexpected op " + op);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = token.equals("-") ? array.size() : Integer.parseInt(token);
                switch (op) {
                    case "add" -> {
                        if (index > array.size()) {
                            throw new IllegalArgumentException("add beyond the end: " + path);
                        }
                        array.insert(index, value.deepCopy());
                    }
                    case "remove" -> {
                        checkIndex(array, index, path);
                        array.remove(index);
                    }
                    case "replace" -> {
                        checkIndex(array, index, path);
                        array.set(index, value.deepCopy());
                    }
                    default -> throw new IllegalArgumentException("unexpected op " + op);
                }
            } else {
                throw new IllegalArgumentException("the parent of " + path + " is no container");
            }
        }
        return result;
    }

    private static void checkIndex(ArrayNode array, int index, String path) {
        if (index < 0 || index >= array.size()) {
            throw new IllegalArgumentException("no element at " + path);
        }
    }

    private static JsonNode locate(JsonNode root, String pointer) {
        JsonNode node = root;
        if (pointer.isEmpty()) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = unescape(raw);
            JsonNode next = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
            if (next == null) {
                throw new IllegalArgumentException("no member " + token + " in " + pointer);
            }
            node = next;
        }
        return node;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
