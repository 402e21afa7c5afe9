package org.koprogo.documents.document.boundary;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header naming a stored file safely (RFC 6266): a quoted ASCII fallback
 * without quotes, backslashes or control characters, and the exact name in {@code filename*} (RFC 8187, UTF-8).
 */
final class AttachmentName {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentName() {
    }

    static String header(String fileName) {
        return "attachment; filename=\"" + fallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    static String fallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                && c != '/' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
