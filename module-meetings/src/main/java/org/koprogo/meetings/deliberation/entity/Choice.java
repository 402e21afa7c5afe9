package org.koprogo.meetings.deliberation.entity;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/** A co-owner's vote on a resolution; an abstention is not a vote cast (art. 3.87 §8). */
public enum Choice {

    FOR, AGAINST, ABSTENTION;

    /** snake_case on the wire, as the column holds it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<Choice> implements AttributeConverter<Choice, String> {
        public Column() {
            super(Choice.class);
        }
    }
}
