package org.koprogo.gdpr.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;

import org.junit.jupiter.api.Test;
import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;

class ExportWriterTest {

    private static final DataSubject SUBJECT = new DataSubject(new UUID(0, 1), null, null);
    private static final OffsetDateTime DATE = OffsetDateTime.of(2026, 11, 28, 15, 0, 0, 0, ZoneOffset.UTC);

    record Greeting(String text, int timesSaid) {
    }

    /** A module handing the records given for each of its parts. */
    record Module(String module, Map<ExportPart, List<Object>> records) implements PersonalData {

        @Override
        public List<ExportPart> parts() {
            return List.copyOf(records.keySet());
        }

        @Override
        public void export(DataSubject subject, ExportPart part, Consumer<Object> handed) {
            records.get(part).forEach(handed);
        }

        @Override
        public List<ErasureHold> holds(DataSubject subject) {
            return List.of();
        }

        @Override
        public Map<String, Integer> erase(DataSubject subject) {
            return Map.of();
        }
    }

    private static String written(List<PersonalData> modules) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonMapping.MAPPER.createGenerator(out)) {
            new ExportWriter(json).write(modules, SUBJECT, DATE);
        }
        return out.toString();
    }

    @Test
    void theDateThenEachModulesPartsInTheGivenOrderThenTheRecordsWritten() throws Exception {
        PersonalData auth = new Module("auth", Map.of(ExportPart.single("user"), List.of(new Greeting("me", 1))));
        PersonalData hello = new Module("hello", Map.of(ExportPart.list("greetings"),
                List.of(new Greeting("hi", 2), new Greeting("bye", 3))));

        assertEquals("{\"export_date\":\"2026-11-28T15:00:00Z\",\"user\":{\"text\":\"me\",\"times_said\":1},"
                + "\"greetings\":[{\"text\":\"hi\",\"times_said\":2},{\"text\":\"bye\",\"times_said\":3}],"
                + "\"total_items\":3}", written(List.of(auth, hello)));
    }

    @Test
    void aSinglePartWithoutRecordIsNullAListPartWithoutRecordsIsEmpty() throws Exception {
        PersonalData auth = new Module("auth", Map.of(ExportPart.single("user"), List.of()));
        PersonalData hello = new Module("hello", Map.of(ExportPart.list("greetings"), List.of()));

        assertEquals("{\"export_date\":\"2026-11-28T15:00:00Z\",\"user\":null,\"greetings\":[],\"total_items\":0}",
                written(List.of(auth, hello)));
    }

    @Test
    void twoModulesWritingOnePartIsAnError() {
        PersonalData one = new Module("one", Map.of(ExportPart.list("greetings"), List.of()));
        PersonalData other = new Module("other", Map.of(ExportPart.list("greetings"), List.of()));

        assertThrows(IllegalStateException.class, () -> written(List.of(one, other)));
    }

    @Test
    void aSinglePartHandsOneRecordAtMost() {
        PersonalData auth = new Module("auth", Map.of(ExportPart.single("user"),
                List.of(new Greeting("me", 1), new Greeting("me again", 1))));

        assertThrows(IllegalStateException.class, () -> written(List.of(auth)));
    }
}
