package org.koprogo.expenses.expense.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** KoproGo's expense categories. */
public enum ExpenseCategory {

    MAINTENANCE, REPAIRS, INSURANCE, UTILITIES, CLEANING, ADMINISTRATION, WORKS, OTHER;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
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
