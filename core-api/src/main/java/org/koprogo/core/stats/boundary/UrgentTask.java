package org.koprogo.core.stats.boundary;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Something a syndic should see to soon, as a module reports it: KoproGo's urgent task. Its building is named by
 * id (module-stats asks the module that owns buildings for the name).
 *
 * @param buildingId null when the task is about no one building
 * @param entityId   the expense, meeting… it is about; null for a summary
 * @param dueDate    null when it has none
 */
public record UrgentTask(Kind kind, String title, String description, Priority priority, UUID buildingId,
                         UUID entityId, OffsetDateTime dueDate) {

    public enum Kind {
        EXPENSE, MEETING, OTHER;

        /** As sent on the wire, KoproGo's {@code task_type}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Most pressing first. */
    public enum Priority {
        URGENT, HIGH, MEDIUM;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public UrgentTask {
        if (kind == null || title == null || description == null || priority == null) {
            throw new IllegalArgumentException("a task has a kind, a title, a description and a priority");
        }
    }
}
