package org.koprogo.meetings.deliberation.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.meetings.deliberation.entity.Minutes;
import org.koprogo.meetings.meeting.control.MeetingStore;
import org.koprogo.meetings.meeting.entity.Meeting;

/** An assembly's minutes, read by whoever reads the meeting. */
@ApplicationScoped
public class MinutesStore {

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Inject
    MeetingStore meetings;

    public Minutes read(UUID meetingId) {
        meetings.readable(meetingId);
        return Optional.ofNullable(em.find(Minutes.class, meetingId)).orElseThrow(() -> notFound(meetingId));
    }

    /** Writes or rewrites the minutes, while or after the assembly, until approved. */
    @Transactional
    public Minutes write(UUID meetingId, String text, IfMatch ifMatch) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        meeting.requireHeldOrOpened();
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            minutes = new Minutes(meetingId, text, Timestamps.now());
            em.persist(minutes);
        } else {
            ifMatch.require(meetingId, minutes.getVersion());
            minutes.write(text, Timestamps.now());
        }
        em.flush();
        return minutes;
    }

    @Transactional
    public Minutes approve(UUID meetingId, IfMatch ifMatch) {
        meetings.locked(meetingId, IfMatch.ANY);
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        RuleViolation.require(minutes != null, "The meeting has no minutes to approve yet");
        ifMatch.require(meetingId, minutes.getVersion());
        minutes.approve(Timestamps.now());
        em.flush();
        return minutes;
    }

    private static NotFound notFound(UUID meetingId) {
        return new NotFound("Meeting " + meetingId + " has no minutes yet");
    }
}
