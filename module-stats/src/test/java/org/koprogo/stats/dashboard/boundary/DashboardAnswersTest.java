package org.koprogo.stats.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.NextMeeting;
import org.koprogo.core.stats.boundary.UrgentTask;

/** The figures as KoproGo's dashboards name them: a module's contribution lands in its member. */
class DashboardAnswersTest {

    @Test
    void aMeetingsModulesFiguresFillTheMeetingMembers() {
        Figures figures = Figures.NONE.with(Figure.ORGANIZATIONS, 3).with(Figure.ACTIVE_ORGANIZATIONS, 2)
                .with(Figure.MEETINGS, 7);

        assertEquals(new PlatformStats(3, 0, 0, 2, 0, 0, 0, 7), PlatformStats.of(figures));
        assertEquals(new SeedDataStats(3, 2, 0, 0, 0, 0, 0, 7, 0),
                SeedDataStats.of(figures, Figures.NONE.with(Figure.ORGANIZATIONS, 5)));
    }

    @Test
    void anOwnersDashboardCountsItsBuildingsAndTheUnitsItHolds() {
        Figures figures = Figures.NONE.with(Figure.UNITS, 100).with(Figure.HELD_UNITS, 2)
                .with(Figure.CURRENT_HOLDERS, 9).with(Figure.PENDING_EXPENSES, 1)
                .with(Figure.PENDING_EXPENSES_AMOUNT, new BigDecimal("80.00"));

        assertEquals(new SyndicStats(1, 2, 9, 1, new BigDecimal("80.00"), null),
                SyndicStats.ofHolder(1, figures, null));
    }

    @Test
    void theNextMeetingAndTasksCarryTheirBuildingsName() {
        UUID building = UUID.randomUUID();
        OffsetDateTime date = OffsetDateTime.of(2026, 12, 1, 18, 0, 0, 0, ZoneOffset.UTC);
        NextMeeting meeting = new NextMeeting(UUID.randomUUID(), date, building);
        Map<UUID, String> names = Map.of(building, "Résidence Grand Place");

        assertEquals(new NextMeetingResponse(meeting.id(), date, "Résidence Grand Place"),
                NextMeetingResponse.of(meeting, names));
        UrgentTaskResponse task = UrgentTaskResponse.of(new UrgentTask(UrgentTask.Kind.MEETING, "AG ordinaire",
                "AG dans 3 jours", UrgentTask.Priority.URGENT, building, meeting.id(), date), names);
        assertEquals("Résidence Grand Place", task.buildingName());
        assertNull(UrgentTaskResponse.of(new UrgentTask(UrgentTask.Kind.EXPENSE, "Relance paiements", "2 charges",
                UrgentTask.Priority.HIGH, null, null, null), names).buildingName());
    }
}
