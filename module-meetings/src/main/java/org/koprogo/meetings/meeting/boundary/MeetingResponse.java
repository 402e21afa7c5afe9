package org.koprogo.meetings.meeting.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.meeting.entity.Headcount;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;
import org.koprogo.meetings.meeting.entity.MeetingType;
import org.koprogo.meetings.meeting.entity.Quorum;

/**
 * A meeting as KoproGo's clients read it, with its organization as the platform's other resources have, and its
 * deliberation: the convocation, the second assembly it is (first_assembly_id), and the quorum taken at the
 * opening with the figures it was taken on.
 */
public record MeetingResponse(UUID id, UUID organizationId, UUID buildingId, MeetingType meetingType, String title,
                              String description, OffsetDateTime scheduledDate, String location,
                              MeetingStatus status, List<String> agenda, Integer attendeesCount,
                              OffsetDateTime convocationSentAt, boolean urgent, String urgencyReason,
                              UUID firstAssemblyId, OffsetDateTime openedAt, Quorum quorum, Integer coOwnersCount,
                              BigDecimal coOwnersQuota, Integer presentCount, BigDecimal presentQuota,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static MeetingResponse of(Meeting m) {
        Headcount all = m.getCoOwners();
        Headcount present = m.getPresent();
        return new MeetingResponse(m.getId(), m.getOrganizationId(), m.getBuildingId(), m.getMeetingType(),
                m.getTitle(), m.getDescription(), m.getScheduledDate(), m.getLocation(), m.getStatus(), m.getAgenda(),
                m.getAttendeesCount(), m.getConvocationSentAt(), m.isUrgent(), m.getUrgencyReason(),
                m.getFirstAssemblyId(), m.getOpenedAt(), m.getQuorum(), all == null ? null : all.coOwners(),
                all == null ? null : all.quota(), present == null ? null : present.coOwners(),
                present == null ? null : present.quota(), m.getCreatedAt(), m.getUpdatedAt());
    }
}
