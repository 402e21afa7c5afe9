package org.koprogo.core.json.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

/** The fast writer must write exactly what Jackson's time module wrote with the platform's settings. */
class TimestampsTest {

    private static final ObjectMapper TIME_MODULE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void writesWhatTheTimeModuleWrote() throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime value = OffsetDateTime.of(random.nextInt(0, 10_000), random.nextInt(1, 13),
                    random.nextInt(1, 29), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    nanos(random), ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1)));
            assertSame(value);
        }
    }

    @Test
    void edgesOfTheFractionAndTheCalendar() throws Exception {
        assertSame(OffsetDateTime.parse("2026-11-28T17:54:08.784321Z"));
        assertSame(OffsetDateTime.parse("2026-11-28T17:54:08Z"));
        assertSame(OffsetDateTime.parse("2026-11-28T00:00:00.000000001+01:00"));
        assertSame(OffsetDateTime.parse("2026-11-28T00:00:00.100Z"));
        assertSame(OffsetDateTime.parse("0000-01-01T00:30:00+01:00"));
        assertSame(OffsetDateTime.parse("-0001-12-31T23:30:00-01:00")); // the standard formatter's years
        assertSame(OffsetDateTime.parse("+294276-12-31T23:59:59.999999Z"));
        assertSame(OffsetDateTime.parse("2026-11-28T17:54:08.5-03:30:15"));
        assertEquals("\"2026-11-28T17:54:08.7843+01:00\"",
                JsonMapping.MAPPER.writeValueAsString(OffsetDateTime.parse("2026-11-28T17:54:08.784300+01:00")));
    }

    private static int nanos(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }

    private static void assertSame(OffsetDateTime value) throws Exception {
        assertEquals(TIME_MODULE.writeValueAsString(value), JsonMapping.MAPPER.writeValueAsString(value),
                value::toString);
    }
}
