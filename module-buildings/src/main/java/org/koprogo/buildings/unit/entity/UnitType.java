package org.koprogo.buildings.unit.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

public enum UnitType {

    APARTMENT, PARKING, CELLAR, COMMERCIAL, OTHER;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<UnitType>
            implements AttributeConverter<UnitType, String> {
        public Column() {
            super(UnitType.class);
        }
    }
}
