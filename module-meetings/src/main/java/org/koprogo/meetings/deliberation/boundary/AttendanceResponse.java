package org.koprogo.meetings.deliberation.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.deliberation.control.AttendanceSheet;
import org.koprogo.meetings.meeting.entity.Quorum;

/**
 * An assembly's attendance: every co-owner, the totals (the quorum's base is the sum of the co-owners' quotas),
 * and the quorum, frozen once opened (before, the quorum this attendance would give).
 */
public record AttendanceResponse(UUID meetingId, boolean opened, Quorum quorum, int coOwnersCount,
                                 BigDecimal coOwnersQuota, int presentCount, BigDecimal presentQuota,
                                 List<AttendeeResponse> coOwners) {

    static AttendanceResponse of(AttendanceSheet sheet) {
        return new AttendanceResponse(sheet.meeting().getId(), sheet.opened(), sheet.quorum(),
                sheet.all().coOwners(), sheet.all().quota(), sheet.present().coOwners(), sheet.present().quota(),
                sheet.coOwners().stream().map(AttendeeResponse::of).toList());
    }
}
