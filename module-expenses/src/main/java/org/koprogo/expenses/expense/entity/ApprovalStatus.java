package org.koprogo.expenses.expense.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** draft → pending_approval → approved | rejected; a rejected expense may be edited and submitted again. */
public enum ApprovalStatus {

    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<ApprovalStatus>
            implements AttributeConverter<ApprovalStatus, String> {
        public Column() {
            super(ApprovalStatus.class);
        }
    }
}
