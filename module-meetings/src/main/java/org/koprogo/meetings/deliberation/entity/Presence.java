package org.koprogo.meetings.deliberation.entity;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/** How a co-owner attends an assembly: not at all, in person, or through a proxy holder. */
public enum Presence {

    ABSENT, PRESENT, REPRESENTED;

    /** snake_case on the wire, as the column holds it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<Presence> implements AttributeConverter<Presence, String> {
        public Column() {
            super(Presence.class);
        }
    }
}
