package org.koprogo.meetings.meeting.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** Where a general assembly stands: to be held, held, or called off. */
public enum MeetingStatus {

    SCHEDULED, COMPLETED, CANCELLED;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<MeetingStatus> implements AttributeConverter<MeetingStatus, String> {
        public Column() {
            super(MeetingStatus.class);
        }
    }
}
