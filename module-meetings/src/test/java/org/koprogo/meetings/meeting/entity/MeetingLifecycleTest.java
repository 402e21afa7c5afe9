package org.koprogo.meetings.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.koprogo.meetings.meeting.entity.MeetingStatus.CANCELLED;
import static org.koprogo.meetings.meeting.entity.MeetingStatus.COMPLETED;
import static org.koprogo.meetings.meeting.entity.MeetingStatus.SCHEDULED;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * Every step from every state a meeting can reach: the state it leads to, or the rule that refuses it (a
 * {@link RuleViolation}, answered 409) leaving the meeting as it was.
 */
class MeetingLifecycleTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2025-12-15T14:00:00Z");
    private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-01-20T18:00:00Z");
    private static final long CO_OWNERS = 3;

    enum Step {
        DESCRIBE(m -> m.describe(new Meeting.Details("AG 2026", null, null, null)), SCHEDULED, null, null),
        ADD_AGENDA_ITEM(m -> m.addAgendaItem("Budget"), SCHEDULED, null, null),
        COMPLETE(m -> m.complete(2, CO_OWNERS), COMPLETED, null, null),
        CANCEL(Meeting::cancel, CANCELLED, null, null),
        RESCHEDULE(m -> m.reschedule(LATER), SCHEDULED, SCHEDULED, null);

        final Consumer<Meeting> apply;
        /** The status this step leads to from Scheduled, from Cancelled, from Completed; null: refused. */
        final MeetingStatus fromScheduled;
        final MeetingStatus fromCancelled;
        final MeetingStatus fromCompleted;

        Step(Consumer<Meeting> apply, MeetingStatus fromScheduled, MeetingStatus fromCancelled,
             MeetingStatus fromCompleted) {
            this.apply = apply;
            this.fromScheduled = fromScheduled;
            this.fromCancelled = fromCancelled;
            this.fromCompleted = fromCompleted;
        }
    }

    private static Meeting scheduled() {
        return new Meeting(UUID.randomUUID(), UUID.randomUUID(), MeetingType.ORDINARY,
                new Meeting.Details("AG ordinaire", "Budget annuel", DATE, "Salle communale"));
    }

    private static Meeting in(MeetingStatus status) {
        Meeting meeting = scheduled();
        if (status == COMPLETED) {
            meeting.complete(1, CO_OWNERS);
        } else if (status == CANCELLED) {
            meeting.cancel();
        }
        return meeting;
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void eachStepFromEachState(Step step) {
        expect(step, SCHEDULED, step.fromScheduled);
        expect(step, CANCELLED, step.fromCancelled);
        expect(step, COMPLETED, step.fromCompleted);
    }

    private static void expect(Step step, MeetingStatus from, MeetingStatus to) {
        Meeting meeting = in(from);
        List<String> agenda = meeting.getAgenda();
        OffsetDateTime date = meeting.getScheduledDate();
        String title = meeting.getTitle();
        if (to == null) {
            assertThrows(RuleViolation.class, () -> step.apply.accept(meeting), step + " from " + from);
            assertEquals(from, meeting.getStatus());
            assertEquals(agenda, meeting.getAgenda());
            assertEquals(date, meeting.getScheduledDate());
            assertEquals(title, meeting.getTitle());
        } else {
            step.apply.accept(meeting);
            assertEquals(to, meeting.getStatus(), step + " from " + from);
        }
    }

    @Test
    void aNewMeetingIsScheduledWithAnEmptyAgendaAndNoAttendance() {
        Meeting meeting = scheduled();
        assertEquals(SCHEDULED, meeting.getStatus());
        assertEquals(List.of(), meeting.getAgenda());
        assertNull(meeting.getAttendeesCount());
        assertEquals(meeting.getCreatedAt(), meeting.getUpdatedAt());
    }

    @Test
    void anUpdateChangesOnlyWhatItNames() {
        Meeting meeting = scheduled();
        meeting.describe(new Meeting.Details(null, "Travaux", LATER, null));
        assertEquals("AG ordinaire", meeting.getTitle());
        assertEquals("Travaux", meeting.getDescription());
        assertEquals(LATER, meeting.getScheduledDate());
        assertEquals("Salle communale", meeting.getLocation());
    }

    @Test
    void titleAndLocationAreNeverBlank() {
        assertThrows(IllegalArgumentException.class, () -> new Meeting.Details(" ", null, DATE, "Salle"));
        assertThrows(IllegalArgumentException.class, () -> new Meeting.Details("AG", null, DATE, ""));
        assertThrows(IllegalArgumentException.class, () -> new Meeting(UUID.randomUUID(), UUID.randomUUID(),
                MeetingType.EXTRAORDINARY, new Meeting.Details(null, null, DATE, "Salle")));
    }

    @Test
    void agendaItemsKeepTheirOrderUpToTheLimit() {
        Meeting meeting = scheduled();
        meeting.addAgendaItem("Approbation des comptes");
        meeting.addAgendaItem("Budget");
        assertEquals(List.of("Approbation des comptes", "Budget"), meeting.getAgenda());
        assertThrows(IllegalArgumentException.class, () -> meeting.addAgendaItem(" "));
        for (int i = 2; i < Meeting.MAX_AGENDA_ITEMS; i++) {
            meeting.addAgendaItem("Point " + i);
        }
        assertThrows(RuleViolation.class, () -> meeting.addAgendaItem("One too many"));
        assertEquals(Meeting.MAX_AGENDA_ITEMS, meeting.getAgenda().size());
    }

    @Test
    void attendanceIsBetweenNobodyAndEveryCoOwner() {
        Meeting full = scheduled();
        full.complete(3, CO_OWNERS);
        assertEquals(3, full.getAttendeesCount());
        Meeting empty = scheduled();
        empty.complete(0, CO_OWNERS);
        assertEquals(0, empty.getAttendeesCount());

        Meeting crowded = scheduled();
        assertThrows(RuleViolation.class, () -> crowded.complete(4, CO_OWNERS));
        assertEquals(SCHEDULED, crowded.getStatus());
        assertNull(crowded.getAttendeesCount());
        assertThrows(IllegalArgumentException.class, () -> crowded.complete(-1, CO_OWNERS));
    }

    @Test
    void aCancelledMeetingRescheduledTakesItsNewDate() {
        Meeting meeting = in(CANCELLED);
        meeting.reschedule(LATER);
        assertEquals(SCHEDULED, meeting.getStatus());
        assertEquals(LATER, meeting.getScheduledDate());
    }
}
