package org.koprogo.core.database.boundary;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its lower-case name ({@code PENDING_APPROVAL} is 'pending_approval'), the spelling the
 * tables' check constraints list. Each enum needs a concrete subclass, as JPA instantiates converters, and the
 * subclass repeats {@code implements AttributeConverter<TheEnum, String>}: EclipseLink reads the column type
 * from the class's own interfaces, and without it binds the enum itself as the column value.
 */
public abstract class LowerCaseEnumColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseEnumColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String column) {
        return column == null ? null : Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
}
