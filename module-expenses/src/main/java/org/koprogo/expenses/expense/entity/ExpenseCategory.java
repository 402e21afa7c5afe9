package org.koprogo.expenses.expense.entity;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.control.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** KoproGo's expense categories. */
public enum ExpenseCategory {

    MAINTENANCE, REPAIRS, INSURANCE, UTILITIES, CLEANING, ADMINISTRATION, WORKS, OTHER;

    @JsonValue
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<ExpenseCategory>
            implements AttributeConverter<ExpenseCategory, String> {
        public Column() {
            super(ExpenseCategory.class);
        }
    }
}
