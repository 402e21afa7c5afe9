package org.koprogo.expenses.expense.entity;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.control.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** draft → pending_approval → approved | rejected; a rejected expense may be edited and submitted again. */
public enum ApprovalStatus {

    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED;

    @JsonValue
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
