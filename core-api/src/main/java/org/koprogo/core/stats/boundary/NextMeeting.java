package org.koprogo.core.stats.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A general assembly still to come, for the dashboards' "next meeting". */
public record NextMeeting(UUID id, OffsetDateTime date, UUID buildingId) {
}
