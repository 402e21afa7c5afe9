package org.koprogo.deploy.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MalformedEscapeRepairTest {

    @Test
    void aStrayPercentBecomesAnEscapedPercent() {
        assertEquals("/%25zz", MalformedEscapeRepair.escapeStrayPercents("/%zz"));
        assertEquals("/api/v1/%254", MalformedEscapeRepair.escapeStrayPercents("/api/v1/%4"));
        assertEquals("/%25", MalformedEscapeRepair.escapeStrayPercents("/%"));
        assertEquals("/a%25g1/b%25%25", MalformedEscapeRepair.escapeStrayPercents("/a%g1/b%%"));
    }

    @Test
    void validEscapesStayAsSent() {
        String path = "/api/v1/buildings/%C4%B0%2e%2F%25";
        assertSame(path, MalformedEscapeRepair.escapeStrayPercents(path));
        assertEquals("/%41%25zz%42", MalformedEscapeRepair.escapeStrayPercents("/%41%zz%42"));
    }
}
