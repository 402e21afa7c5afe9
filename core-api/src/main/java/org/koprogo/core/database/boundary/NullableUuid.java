package org.koprogo.core.database.boundary;

import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * For uuid columns that may be NULL: EclipseLink 4.0.7's own UUID conversion throws a NullPointerException
 * reading a NULL. Apply it with {@code @Convert(converter = NullableUuid.class)}.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null || column instanceof UUID) {
            return (UUID) column;
        }
        return UUID.fromString(column.toString());
    }
}
