package org.koprogo.meetings.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * The delays of art. 3.87 (convocation §3, second assembly §5) in Brussels calendar days, and the opening that
 * takes the quorum, on the worked examples.
 */
class ConvocationTest {

    static final OffsetDateTime MARCH_10 = OffsetDateTime.parse("2026-03-10T18:00:00+01:00");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T12:00:00Z");
    static final Headcount ALL = new Headcount(10, BigDecimal.valueOf(1000));

    static Meeting assemblyOn(OffsetDateTime date) {
        return new Meeting(UUID.randomUUID(), UUID.randomUUID(), MeetingType.ORDINARY,
                new Meeting.Details("AG", null, date, "Salle"));
    }

    @Test
    void fifteenDaysBeforeIsOnTimeThirteenIsTooLateUnlessUrgent() {
        Meeting meeting = assemblyOn(MARCH_10);
        meeting.convene(OffsetDateTime.parse("2026-02-23T09:00:00+01:00"), null, NOW);
        assertEquals(OffsetDateTime.parse("2026-02-23T09:00:00+01:00"), meeting.getConvocationSentAt());

        Meeting late = assemblyOn(MARCH_10);
        OffsetDateTime thirteenDays = OffsetDateTime.parse("2026-02-25T09:00:00+01:00");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> late.convene(thirteenDays, null, NOW));
        assertTrue(refused.getMessage().contains("13 here"), refused.getMessage());
        assertNull(late.getConvocationSentAt());
        late.convene(thirteenDays, "Fuite de toiture", NOW);
        assertTrue(late.isUrgent());
        assertEquals("Fuite de toiture", late.getUrgencyReason());
    }

    @Test
    void daysAreBrusselsCalendarDatesNotDurations() {
        OffsetDateTime sent = OffsetDateTime.parse("2026-03-20T10:00:00+01:00");
        OffsetDateTime assembly = OffsetDateTime.parse("2026-04-04T10:00:00+02:00");
        assertEquals(Duration.ofDays(15).minusHours(1), Duration.between(sent, assembly), "the clocks go forward");
        Meeting meeting = assemblyOn(assembly);
        meeting.convene(sent, null, NOW);
        assertEquals(sent, meeting.getConvocationSentAt(), "15 calendar days although 14 days 23 hours");

        // 23:30 UTC on 2026-02-22 is already the 23rd in Brussels: 15 days before March 10 there
        Meeting lateEvening = assemblyOn(MARCH_10);
        lateEvening.convene(OffsetDateTime.parse("2026-02-22T23:30:00Z"), null, NOW);
        assertEquals(15, AssemblyCalendar.daysBetween(OffsetDateTime.parse("2026-02-22T23:30:00Z"), MARCH_10));
    }

    @Test
    void aConvocationIsRecordedOnceSentAndANewDateNeedsANewOne() {
        Meeting meeting = assemblyOn(MARCH_10);
        assertThrows(RuleViolation.class, () -> meeting.convene(NOW.plusMinutes(1), "Urgence", NOW));
        meeting.convene(OffsetDateTime.parse("2026-02-01T09:00:00Z"), null, NOW);
        meeting.reschedule(MARCH_10.plusDays(1));
        assertNull(meeting.getConvocationSentAt(), "the notice sent named the old date");
        RuleViolation closed = assertThrows(RuleViolation.class,
                () -> meeting.open(Headcount.NONE, ALL, NOW));
        assertTrue(closed.getMessage().contains("convocation"), closed.getMessage());
    }

    @Test
    void theOpeningFreezesTheQuorumAndTheAttendance() {
        Meeting failed = convened(MARCH_10);
        failed.open(new Headcount(6, BigDecimal.valueOf(320)), ALL, NOW); // Q4
        assertEquals(Quorum.NOT_REACHED, failed.getQuorum());
        assertEquals(new Headcount(6, BigDecimal.valueOf(320)), failed.getPresent());
        assertEquals(ALL, failed.getCoOwners());
        assertThrows(RuleViolation.class, failed::requireDeliberating);
        assertThrows(RuleViolation.class, failed::requireAttendanceOpen);
        assertThrows(RuleViolation.class, () -> failed.open(ALL, ALL, NOW), "opened once");
        assertThrows(RuleViolation.class, failed::cancel);
        assertThrows(RuleViolation.class, () -> failed.addAgendaItem("Divers"));
        assertThrows(RuleViolation.class, () -> failed.reschedule(MARCH_10.plusDays(2)));

        Meeting valid = convened(MARCH_10);
        valid.open(new Headcount(6, BigDecimal.valueOf(830)), ALL, NOW); // Q1
        assertEquals(Quorum.REACHED, valid.getQuorum());
        valid.requireDeliberating();
        valid.complete(6, 10);
        assertThrows(RuleViolation.class, valid::requireDeliberating, "a completed assembly no longer votes");
    }

    @Test
    void aSecondAssemblyMeetsFifteenDaysLaterWhateverTheAttendance() {
        Meeting first = convened(MARCH_10);
        first.addAgendaItem("Budget");
        assertThrows(RuleViolation.class, () -> Meeting.secondAssemblyOf(first, MARCH_10.plusDays(20), "Salle"),
                "not before the first's quorum failed");
        first.open(new Headcount(6, BigDecimal.valueOf(320)), ALL, NOW);

        RuleViolation early = assertThrows(RuleViolation.class, () -> Meeting.secondAssemblyOf(first,
                OffsetDateTime.parse("2026-03-24T20:00:00+01:00"), "Salle"));
        assertTrue(early.getMessage().contains("15 days"), early.getMessage());
        Meeting second = Meeting.secondAssemblyOf(first, OffsetDateTime.parse("2026-03-25T08:00:00+01:00"), "Salle");
        assertEquals(first.getId(), second.getFirstAssemblyId());
        assertEquals(first.getAgenda(), second.getAgenda());
        assertEquals(first.getBuildingId(), second.getBuildingId());
        assertThrows(RuleViolation.class, () -> second.open(Headcount.NONE, ALL, NOW), "convened like any assembly");

        second.convene(OffsetDateTime.parse("2026-03-10T20:00:00+01:00"), null, NOW);
        second.open(new Headcount(3, BigDecimal.valueOf(110)), ALL, NOW); // only H, I, J
        assertEquals(Quorum.NOT_REQUIRED, second.getQuorum());
        second.requireDeliberating();
    }

    static Meeting convened(OffsetDateTime date) {
        Meeting meeting = assemblyOn(date);
        meeting.convene(date.minusDays(30), null, NOW);
        return meeting;
    }
}
