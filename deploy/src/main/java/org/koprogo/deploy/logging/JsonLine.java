package org.koprogo.deploy.logging;

/**
 * Writes one JSON object: strings escaped so that the object stays on one line and parses whatever the text
 * (quotes, backslashes, control characters, lone surrogates); numbers and booleans as such, anything else as
 * its string.
 */
final class JsonLine {

    private final StringBuilder json = new StringBuilder(256).append('{');

    JsonLine member(String name, Object value) {
        name(name);
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            string(value.toString());
        }
        return this;
    }

    JsonLine object(String name, JsonLine object) {
        name(name);
        json.append(object.end());
        return this;
    }

    String end() {
        return json + "}";
    }

    private void name(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        string(name);
        json.append(':');
    }

    private void string(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    // control characters, and surrogates (a lone one could not be written as UTF-8)
                    if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
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
