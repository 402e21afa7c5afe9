package org.koprogo.buildings.unit.entity;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.control.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

public enum UnitType {

    APARTMENT, PARKING, CELLAR, COMMERCIAL, OTHER;

    @JsonValue
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
