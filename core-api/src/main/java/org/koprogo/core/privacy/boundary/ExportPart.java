package org.koprogo.core.privacy.boundary;

/**
 * A member of a personal-data export, written by one module: a list of records, or a single record ({@code single},
 * as the export's {@code user}). Names are the export's JSON member names, snake_case, unique across modules.
 */
public record ExportPart(String name, boolean single) {

    public ExportPart {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("An export part is named in snake_case: " + name);
        }
    }

    public static ExportPart list(String name) {
        return new ExportPart(name, false);
    }

    public static ExportPart single(String name) {
        return new ExportPart(name, true);
    }
}
