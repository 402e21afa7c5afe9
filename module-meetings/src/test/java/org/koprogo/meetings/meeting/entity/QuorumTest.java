package org.koprogo.meetings.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The double quorum of art. 3.87 §5 on the worked examples: building T (1000 quotas) and the demo world. */
class QuorumTest {

    /** Building T: ten co-owners, one lot each. */
    static final Map<String, Integer> T = Map.of("A", 300, "B", 160, "C", 120, "D", 100, "E", 80, "F", 70,
            "G", 60, "H", 40, "I", 40, "J", 30);

    /** Résidence Grand Place: the quotas its three co-owners hold (750 allocated of 1000). */
    static final Map<String, Integer> DEMO = Map.of("Pierre", 400, "Sophie", 210, "Michel", 140);

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "Q1, A B C D E F, REACHED",
            "Q2, A B C D E, REACHED",
            "Q3, A B C D F, NOT_REACHED",
            "Q4, E F G H I J, NOT_REACHED",
            "Q5, B C E F I J, REACHED",
    })
    void buildingT(String example, String present, Quorum expected) {
        assertEquals(expected, Quorum.of(headcount(T, present), headcount(T, String.join(" ", T.keySet()))));
    }

    @ParameterizedTest(name = "demo: {0} → {1}")
    @CsvSource({
            "Pierre Michel, REACHED",
            "Pierre, NOT_REACHED",
            "Sophie Michel, NOT_REACHED",
            "Pierre Sophie, REACHED",
    })
    void theDemoWorldCountsOnItsAllocatedQuotas(String present, Quorum expected) {
        assertEquals(expected, Quorum.of(headcount(DEMO, present), headcount(DEMO, "Pierre Sophie Michel")));
    }

    static Headcount headcount(Map<String, Integer> building, String names) {
        Headcount count = Headcount.NONE;
        for (String name : names.split(" ")) {
            count = count.plus(BigDecimal.valueOf(building.get(name)));
        }
        return count;
    }
}
