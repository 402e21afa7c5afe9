package org.koprogo.documents.document.entity;

/** File names as uploads give them, made safe to keep and to hand back: no path, no control characters. */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String UNNAMED = "document";

    private FileNames() {
    }

    /** The last segment of {@code given} (either separator), without control characters, at most 255 long. */
    public static String stored(String given) {
        if (given == null) {
            return UNNAMED;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return UNNAMED;
        }
        if (cleaned.length() <= MAX_LENGTH) {
            return cleaned;
        }
        // never half a surrogate pair
        return cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1
                : MAX_LENGTH);
    }
}
