package org.koprogo.meetings.deliberation.entity;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/** A resolution put to the vote, then closed adopted or rejected. */
public enum ResolutionStatus {

    OPEN, ADOPTED, REJECTED;

    /** snake_case on the wire, as the column holds it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<ResolutionStatus> implements AttributeConverter<ResolutionStatus, String> {
        public Column() {
            super(ResolutionStatus.class);
        }
    }
}
