package org.koprogo.meetings.deliberation.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.koprogo.meetings.deliberation.entity.Attendance;
import org.koprogo.meetings.deliberation.entity.Choice;
import org.koprogo.meetings.deliberation.entity.Majority;
import org.koprogo.meetings.deliberation.entity.Resolution;
import org.koprogo.meetings.deliberation.entity.Vote;
import org.koprogo.meetings.deliberation.entity.VoteCount;
import org.koprogo.meetings.meeting.control.MeetingStore;
import org.koprogo.meetings.meeting.entity.Meeting;

/** An assembly's resolutions and their votes; each write runs under the meeting's lock. */
@ApplicationScoped
public class ResolutionStore {

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Inject
    MeetingStore meetings;

    @Inject
    AttendanceStore attendance;

    /** A resolution and the votes cast on it, by owner. */
    public record Voted(Resolution resolution, List<Vote> votes) {
    }

    @Transactional
    public Resolution create(UUID meetingId, int agendaItem, String title, Majority majority) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        meeting.requireResolutionsOpen();
        Resolution resolution = new Resolution(meetingId, agendaItem, meeting.getAgenda().size(), title, majority,
                Timestamps.now());
        em.persist(resolution);
        em.flush();
        return resolution;
    }

    /** The meeting's resolutions in the order they were put, with their votes. */
    public List<Voted> list(UUID meetingId) {
        meetings.readable(meetingId);
        List<Resolution> resolutions = em.createQuery("select r from Resolution r where r.meetingId = :meeting"
                + " order by r.createdAt, r.id", Resolution.class).setParameter("meeting", meetingId).getResultList();
        if (resolutions.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Vote>> votes = em.createQuery("select v from Vote v where v.resolutionId in :resolutions"
                        + " order by v.ownerId", Vote.class)
                .setParameter("resolutions", resolutions.stream().map(Resolution::getId).toList()).getResultList()
                .stream().collect(Collectors.groupingBy(Vote::getResolutionId));
        return resolutions.stream().map(r -> new Voted(r, votes.getOrDefault(r.getId(), List.of()))).toList();
    }

    public Voted get(UUID meetingId, UUID resolutionId) {
        meetings.readable(meetingId);
        Resolution resolution = Optional.ofNullable(em.find(Resolution.class, resolutionId))
                .filter(found -> found.getMeetingId().equals(meetingId)).orElseThrow(() -> notFound(resolutionId));
        return new Voted(resolution, votes(resolutionId));
    }

    /** Records or changes a co-owner's vote, cast by them or their proxy holder, while the assembly deliberates. */
    @Transactional
    public Vote vote(UUID meetingId, UUID resolutionId, UUID ownerId, Choice choice) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        Resolution resolution = locked(meetingId, resolutionId);
        meeting.requireDeliberating();
        resolution.requireOpen();
        Attendance voter = attendance.rows(meetingId).stream().filter(row -> row.getOwnerId().equals(ownerId))
                .findFirst().filter(Attendance::isPresentOrRepresented).orElseThrow(() -> new RuleViolation(
                        "Owner " + ownerId + " is neither present nor represented: only they vote"));
        Vote vote = votes(resolutionId).stream().filter(found -> found.getOwnerId().equals(voter.getOwnerId()))
                .findFirst().orElse(null);
        if (vote == null) {
            vote = new Vote(resolutionId, ownerId, choice);
            em.persist(vote);
        } else {
            vote.choose(choice);
        }
        em.flush();
        return vote;
    }

    /** Closes the vote: counts it under the cap and records the outcome. */
    @Transactional
    public Voted close(UUID meetingId, UUID resolutionId, IfMatch ifMatch) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        Resolution resolution = locked(meetingId, resolutionId);
        ifMatch.require(resolutionId, resolution.getVersion());
        meeting.requireDeliberating();
        resolution.requireOpen();
        List<Vote> votes = votes(resolutionId);
        Map<UUID, Choice> choices = votes.stream().collect(Collectors.toMap(Vote::getOwnerId, Vote::getChoice));
        VoteCount.Outcome outcome = VoteCount.of(VoteCount.participants(attendance.rows(meetingId), choices),
                resolution.getMajority(), meeting.getCoOwners().quota());
        resolution.close(outcome, Timestamps.now());
        em.flush();
        return new Voted(resolution, votes);
    }

    private List<Vote> votes(UUID resolutionId) {
        return em.createQuery("select v from Vote v where v.resolutionId = :resolution order by v.ownerId",
                Vote.class).setParameter("resolution", resolutionId).getResultList();
    }

    private Resolution locked(UUID meetingId, UUID resolutionId) {
        return Optional.ofNullable(em.find(Resolution.class, resolutionId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.getMeetingId().equals(meetingId)).orElseThrow(() -> notFound(resolutionId));
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No resolution " + id + " at this meeting");
    }
}
