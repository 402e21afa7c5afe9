package org.koprogo.meetings.deliberation.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;
import org.koprogo.meetings.meeting.entity.Headcount;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.Quorum;

/**
 * An assembly's attendance: every co-owner of the building on its date with their quota and presence, the
 * totals, and the quorum (frozen at the opening; before it, the quorum the attendance would give).
 *
 * @param opened whether the figures are the opening's, frozen
 */
public record AttendanceSheet(Meeting meeting, boolean opened, List<Line> coOwners, Headcount all,
                              Headcount present, Quorum quorum) {

    /** @param name null when the owner no longer holds a share in the building */
    public record Line(UUID ownerId, String name, BigDecimal quota, Presence presence, ProxyHolder proxyHolder) {
    }
}
