package org.koprogo.documents.document.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a header such as {@code form-data; name="file"; filename="a.pdf"}: quoted strings with their
 * escapes, tokens, and an RFC 8187 {@code filename*} (UTF-8 only) decoded.
 */
final class HeaderParameters {

    private HeaderParameters() {
    }

    static Map<String, String> of(String header) {
        Map<String, String> parameters = new HashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++;
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    if (header.charAt(j) == '\\' && j + 1 < header.length()) {
                        j++;
                    }
                    value.append(header.charAt(j));
                }
                i = header.indexOf(';', j);
            } else {
                int semicolon = header.indexOf(';', j);
                value.append(header, j, semicolon < 0 ? header.length() : semicolon);
                i = semicolon;
            }
            String text = value.toString().strip();
            parameters.put(name, name.endsWith("*") ? extended(text) : text);
        }
        return parameters;
    }

    /** {@code UTF-8''percent-encoded}; anything else is not taken (null). */
    private static String extended(String value) {
        int quote = value.indexOf('\'');
        int second = quote < 0 ? -1 : value.indexOf('\'', quote + 1);
        if (second < 0 || !value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = value.substring(second + 1);
        for (int k = 0; k < encoded.length(); k++) {
            char c = encoded.charAt(k);
            if (c == '%' && k + 2 < encoded.length()) {
                int octet = Character.digit(encoded.charAt(k + 1), 16) << 4
                        | Character.digit(encoded.charAt(k + 2), 16);
                if (octet < 0) {
                    return null;
                }
                bytes.write(octet);
                k += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
