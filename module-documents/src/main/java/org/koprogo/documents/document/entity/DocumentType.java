package org.koprogo.documents.document.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** What a co-ownership's document is. */
public enum DocumentType {

    MEETING_MINUTES, FINANCIAL_STATEMENT, INVOICE, CONTRACT, REGULATION, WORKS_QUOTE, OTHER;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<DocumentType> implements AttributeConverter<DocumentType, String> {
        public Column() {
            super(DocumentType.class);
        }
    }
}
