package org.koprogo.meetings.meeting.entity;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A meeting's agenda as one column, a JSON array of its items in order, as KoproGo kept it: the agenda is read
 * and written whole with its meeting, so lists need no second query.
 */
@Converter
public class Agenda implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        (items == null ? List.<String>of() : items).forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
