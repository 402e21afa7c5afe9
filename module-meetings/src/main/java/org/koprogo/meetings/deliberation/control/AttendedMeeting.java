package org.koprogo.meetings.deliberation.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.deliberation.control.Participations.AttendanceRow;
import org.koprogo.meetings.deliberation.control.Participations.Ballot;
import org.koprogo.meetings.deliberation.entity.Attendance;
import org.koprogo.meetings.deliberation.entity.Choice;
import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;
import org.koprogo.meetings.meeting.entity.MeetingType;

/**
 * An assembly in a co-owner's personal-data export (part {@code meetings}): the meeting, how they attended it with
 * the quota they held, who held their proxy (the co-owner's id, or the name they gave for an outsider: their own
 * choice of representative), and their votes.
 */
public record AttendedMeeting(UUID id, UUID buildingId, String buildingName, String title, MeetingType meetingType,
                              OffsetDateTime meetingDate, List<String> agenda, MeetingStatus status,
                              Presence presence, BigDecimal quota, UUID proxyHolderOwnerId, String proxyHolderName,
                              List<CastVote> votes) {

    /** The co-owner's vote on one resolution. */
    public record CastVote(UUID resolutionId, String title, Choice choice) {

        static CastVote of(Ballot ballot) {
            return new CastVote(ballot.resolution().getId(), ballot.resolution().getTitle(), ballot.vote().getChoice());
        }
    }

    static AttendedMeeting of(AttendanceRow row, String buildingName, List<Ballot> ballots) {
        Meeting m = row.meeting();
        Attendance a = row.attendance();
        ProxyHolder holder = a.proxyHolder();
        return new AttendedMeeting(m.getId(), m.getBuildingId(), buildingName, m.getTitle(), m.getMeetingType(),
                m.getScheduledDate(), m.getAgenda(), m.getStatus(), a.getPresence(), a.getQuota(),
                holder == null ? null : holder.ownerId(), holder == null ? null : holder.name(),
                ballots.stream().map(CastVote::of).toList());
    }
}
