package org.koprogo.documents.document.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * The fields of an upload form, checked one by one as they arrive (before or after the file): a bad one refuses
 * the upload at once.
 */
public final class UploadForm {

    public static final int MAX_TITLE = 255;
    public static final int MAX_DESCRIPTION = 2000;

    /** What the uploader says the document is. */
    public record Described(DocumentType type, String title, String description) {
    }

    private UUID buildingId;
    private DocumentType type;
    private String title;
    private String description;

    /** Takes a field of the form; false for one it does not know (ignored, as JSON's unknown members are). */
    public boolean take(String field, String value) {
        switch (field) {
            case "building_id" -> buildingId = uuid(field, value);
            case "document_type" -> {
                type = WireEnum.parameter(field, value, DocumentType.class);
                if (type == null) {
                    throw InvalidInput.inParameter(field, "must not be blank");
                }
            }
            case "title" -> title = text(field, value, MAX_TITLE, true);
            case "description" -> description = text(field, value, MAX_DESCRIPTION, false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The building named so far; null until its field arrives. */
    public UUID buildingId() {
        return buildingId;
    }

    /** Once the whole form is read: what it describes, or a 400 naming every missing field. */
    public Described described() {
        List<InvalidField> missing = new ArrayList<>();
        if (buildingId == null) {
            missing.add(InvalidField.inParameter("building_id", "is required"));
        }
        if (type == null) {
            missing.add(InvalidField.inParameter("document_type", "is required"));
        }
        if (title == null) {
            missing.add(InvalidField.inParameter("title", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return new Described(type, title, description);
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.inParameter(field, "must be a UUID");
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw InvalidInput.inParameter(field, "must not be blank");
            }
            return null;
        }
        if (stripped.length() > max) {
            throw InvalidInput.inParameter(field, "must be at most " + max + " characters");
        }
        return stripped;
    }
}
