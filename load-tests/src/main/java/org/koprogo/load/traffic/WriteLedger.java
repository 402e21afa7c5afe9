package org.koprogo.load.traffic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.koprogo.load.result.RunResult;

/**
 * Every creation the server acknowledged (2xx): the id it answered and the unique marker the body carried, by
 * the table it went to. {@link #check} then counts them in the database: each id must be there exactly once and
 * no marker more than once, which a retried POST executed twice would break.
 */
public final class WriteLedger {

    /** Where a route's creations land, and the column holding the body's unique field. */
    public record Table(String name, String markerColumn) {
    }

    /** The tracked creations by path; other POSTs (buildings of the set-up, shares) are not checked. */
    static final Map<String, Table> TABLES = Map.of(
            Route.CREATE_OWNER.template(), new Table("owners", "email"),
            Route.CREATE_EXPENSE.template(), new Table("expenses", "description"),
            Route.CREATE_UNIT.template(), new Table("units", "unit_number"),
            Route.CREATE_MEETING.template(), new Table("meetings", "title"));

    /** Rows by value of one column of a table, for the given values (absent: none). */
    @FunctionalInterface
    public interface RowCounter {
        Map<String, Long> count(String table, String column, Collection<String> values) throws Exception;
    }

    private record Entry(String id, String marker) {
    }

    private final Map<Table, List<Entry>> entries = new LinkedHashMap<>();

    /** Whether creations on {@code path} are tracked, so that their marker is worth reading. */
    static Table tableOf(String path) {
        return TABLES.get(path);
    }

    synchronized void acknowledged(Table table, String id, String marker) {
        entries.computeIfAbsent(table, t -> new ArrayList<>()).add(new Entry(id, marker));
    }

    public synchronized long size() {
        return entries.values().stream().mapToLong(List::size).sum();
    }

    /** The acknowledged writes counted in the database; {@code unavailable} says why not when it could not be. */
    public synchronized RunResult.WriteCheck check(RowCounter rows) {
        long acknowledged = size();
        long found = 0;
        long duplicates = 0;
        try {
            for (var table : entries.entrySet()) {
                List<Entry> written = table.getValue();
                Map<String, Long> ids = rows.count(table.getKey().name(), "id",
                        written.stream().map(Entry::id).toList());
                Map<String, Long> markers = rows.count(table.getKey().name(), table.getKey().markerColumn(),
                        written.stream().map(Entry::marker).toList());
                for (Entry entry : written) {
                    found += ids.getOrDefault(entry.id(), 0L) == 1 ? 1 : 0;
                }
                for (long count : markers.values()) {
                    duplicates += Math.max(0, count - 1);
                }
            }
        } catch (Exception unreadable) {
            return new RunResult.WriteCheck(acknowledged, 0, 0, unreadable.toString());
        }
        return new RunResult.WriteCheck(acknowledged, found, duplicates, null);
    }
}
