package org.koprogo.load.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;

class WriteLedgerTest {

    private static final WriteLedger.Table OWNERS = WriteLedger.tableOf(Route.CREATE_OWNER.template());
    private static final WriteLedger.Table UNITS = WriteLedger.tableOf(Route.CREATE_UNIT.template());

    /** The database as the check sees it: rows of a table by the text of a column. */
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();
    private final List<String> queried = new ArrayList<>();

    private final WriteLedger.RowCounter rows = (table, column, values) -> {
        queried.add(table + "." + column);
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, String> row : tables.getOrDefault(table, List.of())) {
            if (values.contains(row.get(column))) {
                counts.merge(row.get(column), 1L, Long::sum);
            }
        }
        return counts;
    };

    @Test
    void tracksTheFourCreationsOfTheMixByTheirUniqueField() {
        assertEquals(new WriteLedger.Table("owners", "email"), OWNERS);
        assertEquals(new WriteLedger.Table("units", "unit_number"), UNITS);
        assertEquals("description", WriteLedger.tableOf(Route.CREATE_EXPENSE.template()).markerColumn());
        assertEquals("title", WriteLedger.tableOf(Route.CREATE_MEETING.template()).markerColumn());
        assertEquals(null, WriteLedger.tableOf("/api/v1/buildings"), "the set-up's building is not tracked");
    }

    @Test
    void findsEveryAcknowledgedWriteOnceWhenTheDatabaseHoldsThem() {
        WriteLedger ledger = new WriteLedger();
        ledger.acknowledged(OWNERS, "o1", "a@x.be");
        ledger.acknowledged(OWNERS, "o2", "b@x.be");
        ledger.acknowledged(UNITS, "u1", "L1-1-ab");
        row("owners", "o1", "email", "a@x.be");
        row("owners", "o2", "email", "b@x.be");
        row("owners", "other", "email", "c@x.be");
        row("units", "u1", "unit_number", "L1-1-ab");

        assertEquals(new RunResult.WriteCheck(3, 3, 0, null), ledger.check(rows));
        assertEquals(List.of("owners.id", "owners.email", "units.id", "units.unit_number"), queried);
    }

    @Test
    void countsALostWriteAndARetryExecutedTwice() {
        WriteLedger ledger = new WriteLedger();
        ledger.acknowledged(OWNERS, "o1", "a@x.be");
        ledger.acknowledged(OWNERS, "o2", "b@x.be");
        row("owners", "o1", "email", "a@x.be");
        // o2 is lost; a@x.be was created a second time under another id: a retry the server ran again.
        row("owners", "o3", "email", "a@x.be");

        assertEquals(new RunResult.WriteCheck(2, 1, 1, null), ledger.check(rows));
    }

    @Test
    void saysWhyWhenTheDatabaseCannotBeCounted() {
        WriteLedger ledger = new WriteLedger();
        ledger.acknowledged(OWNERS, "o1", "a@x.be");

        RunResult.WriteCheck check = ledger.check((table, column, values) -> {
            throw new SQLException("connection refused");
        });

        assertEquals(1, check.acknowledged());
        assertEquals(0, check.found());
        assertTrue(check.unavailable().contains("connection refused"), check.unavailable());
    }

    private void row(String table, String id, String column, String value) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(Map.of("id", id, column, value));
    }
}
