package org.koprogo.meetings.deliberation.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.meetings.deliberation.control.Participations.AttendanceRow;

/**
 * A proxy a co-owner held at an assembly, in their personal-data export (part {@code proxies_held}): whose (by id
 * only, the principal's name being theirs) and the quota it carried.
 */
public record HeldProxy(UUID meetingId, String title, OffsetDateTime meetingDate, UUID principalOwnerId,
                        BigDecimal quota) {

    static HeldProxy of(AttendanceRow row) {
        return new HeldProxy(row.meeting().getId(), row.meeting().getTitle(),
                row.meeting().getScheduledDate(), row.attendance().getOwnerId(), row.attendance().getQuota());
    }
}
