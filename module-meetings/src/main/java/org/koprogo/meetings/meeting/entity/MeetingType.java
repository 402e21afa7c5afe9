package org.koprogo.meetings.meeting.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;
import org.koprogo.core.json.boundary.WireEnum;

/** Whether a general assembly is the yearly ordinary one or an extraordinary one. */
public enum MeetingType {

    ORDINARY, EXTRAORDINARY;

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return WireEnum.pascal(this);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<MeetingType> implements AttributeConverter<MeetingType, String> {
        public Column() {
            super(MeetingType.class);
        }
    }
}
