package org.koprogo.meetings.deliberation.boundary;

import java.math.BigDecimal;
import java.util.UUID;

import org.koprogo.meetings.deliberation.control.AttendanceSheet;
import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;

/** One co-owner at an assembly: the quotas they hold in the building on its date, and how they attend. */
public record AttendeeResponse(UUID ownerId, String name, BigDecimal quota, Presence presence,
                               UUID proxyHolderOwnerId, String proxyHolderName) {

    static AttendeeResponse of(AttendanceSheet.Line line) {
        ProxyHolder holder = line.proxyHolder();
        return new AttendeeResponse(line.ownerId(), line.name(), line.quota(), line.presence(),
                holder == null ? null : holder.ownerId(), holder == null ? null : holder.name());
    }
}
