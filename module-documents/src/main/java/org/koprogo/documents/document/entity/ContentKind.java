package org.koprogo.documents.document.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * The common kinds of file a co-ownership keeps, known by their first bytes. A declared type of one of these kinds
 * must match the bytes (400 otherwise: a file posing as another is refused); a file whose bytes are one of them
 * but whose declared type names none (application/octet-stream, say) is stored under its kind's type.
 */
public enum ContentKind {

    PDF("application/pdf", Set.of(), bytes("%PDF-")),
    PNG("image/png", Set.of(), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", Set.of("image/jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    /** Office files (OOXML, OpenDocument) are ZIP archives. */
    ZIP("application/zip", Set.of("application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.", "application/x-zip-compressed"), bytes("PK\u0003\u0004"));

    /** How many first bytes recognizing a kind takes. */
    public static final int HEAD = 8;
    public static final String UNKNOWN = "application/octet-stream";

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private final String type;
    /** Other types (or prefixes ending in '.') that name this kind. */
    private final Set<String> aliases;
    private final byte[] magic;

    ContentKind(String type, Set<String> aliases, byte[] magic) {
        this.type = type;
        this.aliases = aliases;
        this.magic = magic;
    }

    /**
     * The type to store for a file declared {@code declared} (a Content-Type, perhaps with parameters, perhaps
     * absent) whose first bytes are {@code head}; 400 when the declared kind is not what the bytes are.
     */
    public static String storedType(String declared, byte[] head, int length) {
        String media = mediaType(declared);
        Optional<ContentKind> actual = Arrays.stream(values()).filter(kind -> kind.startsOf(head, length)).findFirst();
        Optional<ContentKind> claimed = Arrays.stream(values()).filter(kind -> kind.names(media)).findFirst();
        if (claimed.isPresent() && !claimed.equals(actual)) {
            throw InvalidInput.inParameter("file", "is declared " + media + " but its content is "
                    + actual.map(kind -> kind.type).orElse("of another kind"));
        }
        if (claimed.isEmpty() && actual.isPresent()) {
            return actual.get().type;
        }
        return media;
    }

    /** The declared type without parameters, in lower case; application/octet-stream when absent or malformed. */
    static String mediaType(String declared) {
        if (declared == null) {
            return UNKNOWN;
        }
        int semicolon = declared.indexOf(';');
        String media = (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(media).matches() ? media : UNKNOWN;
    }

    private boolean names(String media) {
        return media.equals(type) || aliases.stream().anyMatch(alias -> alias.endsWith(".")
                ? media.startsWith(alias) : media.equals(alias));
    }

    private boolean startsOf(byte[] head, int length) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
