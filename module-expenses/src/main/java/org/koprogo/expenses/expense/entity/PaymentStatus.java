package org.koprogo.expenses.expense.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** Whether an expense has been paid. */
public enum PaymentStatus {

    PENDING, PAID, OVERDUE, CANCELLED;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<PaymentStatus>
            implements AttributeConverter<PaymentStatus, String> {
        public Column() {
            super(PaymentStatus.class);
        }
    }
}
