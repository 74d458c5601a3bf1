package io.jkompose.cli;

import java.util.Map;

/** Compact JSON for flat objects of strings and numbers (one JSON-lines record), keys in the map's order. */
final class JsonText {

    private JsonText() {
    }

    static String object(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key);
            json.append(':');
            if (value instanceof Number number) {
                json.append(number);
            } else {
                string(json, String.valueOf(value));
            }
        });
        return json.append('}').toString();
    }

    /** RFC 8259 escaping; U+2028 and U+2029 too, which some JavaScript readers take for line ends. */
    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
