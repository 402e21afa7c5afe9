package org.koprogo.meetings.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgendaTest {

    private final Agenda column = new Agenda();

    @Test
    void itemsSurviveTheColumnWhateverTheyHold() {
        List<String> items = List.of("Approbation des comptes", "Élection du \"commissaire\"", "a\\b\nc", "");
        String stored = column.convertToDatabaseColumn(items);
        assertEquals(items, column.convertToEntityAttribute(stored));
    }

    @Test
    void anEmptyAgendaIsAnEmptyArray() {
        assertEquals("[]", column.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), column.convertToEntityAttribute("[]"));
    }
}
