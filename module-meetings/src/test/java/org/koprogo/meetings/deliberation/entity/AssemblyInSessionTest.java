package org.koprogo.meetings.deliberation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.meetings.meeting.entity.Headcount;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingType;

/** When an assembly holds back a co-owner's erasure: in session (opened, not completed), and they take part. */
class AssemblyInSessionTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2026-03-10T18:00:00Z");
    private static final BigDecimal QUOTA = new BigDecimal("250");

    private final UUID owner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private static Meeting scheduled() {
        return new Meeting(UUID.randomUUID(), UUID.randomUUID(), MeetingType.ORDINARY,
                new Meeting.Details("AG ordinaire", null, DATE, "Salle communale"));
    }

    private static Meeting opened() {
        Meeting meeting = scheduled();
        meeting.convene(DATE.minusDays(20), null, DATE.minusDays(20));
        Headcount all = new Headcount(2, new BigDecimal("1000"));
        meeting.open(all, all, DATE);
        return meeting;
    }

    private static Meeting completedAfterOpening() {
        Meeting meeting = opened();
        meeting.complete(2, 2);
        return meeting;
    }

    private Attendance present(Meeting meeting, UUID who) {
        return new Attendance(meeting.getId(), who, QUOTA, Presence.PRESENT, null);
    }

    private Attendance represented(Meeting meeting, UUID who, ProxyHolder holder) {
        return new Attendance(meeting.getId(), who, QUOTA, Presence.REPRESENTED, holder);
    }

    @Test
    void anOpenedAssemblyHoldsThoseWhoTakePart() {
        Meeting meeting = opened();
        assertTrue(AssemblyInSession.holds(meeting, present(meeting, owner), owner), "present in person");
        assertTrue(AssemblyInSession.holds(meeting, represented(meeting, owner, new ProxyHolder(other, null)), owner),
                "represented by a co-owner");
        assertTrue(AssemblyInSession.holds(meeting, represented(meeting, owner, new ProxyHolder(null, "Jean")), owner),
                "represented by an outsider");
        assertTrue(AssemblyInSession.holds(meeting, represented(meeting, other, new ProxyHolder(owner, null)), owner),
                "holding another's proxy");
    }

    @Test
    void anAbsentCoOwnerIsNotHeld() {
        Meeting meeting = opened();
        Attendance absent = new Attendance(meeting.getId(), owner, QUOTA, Presence.ABSENT, null);
        assertFalse(AssemblyInSession.holds(meeting, absent, owner));
    }

    @Test
    void anotherCoOwnersRowHoldsNobodyElse() {
        Meeting meeting = opened();
        assertFalse(AssemblyInSession.holds(meeting, present(meeting, other), owner));
        assertFalse(AssemblyInSession.holds(meeting, represented(meeting, other, new ProxyHolder(UUID.randomUUID(),
                null)), owner), "someone else holds that proxy");
    }

    @Test
    void onlyWhileInSession() {
        Meeting notOpened = scheduled();
        assertFalse(AssemblyInSession.holds(notOpened, present(notOpened, owner), owner), "not opened yet");
        Meeting completed = completedAfterOpening();
        assertFalse(AssemblyInSession.holds(completed, present(completed, owner), owner), "completed");
        Meeting cancelled = scheduled();
        cancelled.cancel();
        assertFalse(AssemblyInSession.holds(cancelled, present(cancelled, owner), owner), "cancelled");
    }

    @Test
    void onlyItsOwnRowsCount() {
        Meeting meeting = opened();
        Meeting elsewhere = scheduled();
        assertFalse(AssemblyInSession.holds(meeting, present(elsewhere, owner), owner));
    }

    @Test
    void theDetailNamesTheAssemblyAndNobody() {
        Meeting meeting = opened();
        String detail = AssemblyInSession.detail(meeting);
        assertTrue(detail.contains(meeting.getId().toString()) && detail.contains("2026-03-10"), detail);
    }
}
