package org.koprogo.stats.dashboard.boundary;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.koprogo.core.stats.boundary.UrgentTask;

/** KoproGo's {@code UrgentTask}; the members it sent as null are sent as null. */
public record UrgentTaskResponse(UrgentTask.Kind taskType, String title, String description,
                                 UrgentTask.Priority priority,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) String buildingName,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) UUID entityId,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime dueDate) {

    static UrgentTaskResponse of(UrgentTask task, Map<UUID, String> buildingNames) {
        return new UrgentTaskResponse(task.kind(), task.title(), task.description(), task.priority(),
                task.buildingId() == null ? null : buildingNames.get(task.buildingId()), task.entityId(),
                task.dueDate());
    }
}
