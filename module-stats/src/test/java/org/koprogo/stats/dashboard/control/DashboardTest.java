package org.koprogo.stats.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.NextMeeting;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;
import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.core.stats.boundary.UrgentTask.Kind;
import org.koprogo.core.stats.boundary.UrgentTask.Priority;

/** The dashboards from modules' contributions, among them a meetings module module-stats has never heard of. */
class DashboardTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);
    static final Scope ORGANIZATION = Scope.organizations(Set.of(UUID.randomUUID()));

    /** A contributor as a module writes one: fixed answers. */
    record Contributor(String module, Figures figures, List<UrgentTask> tasks, Optional<NextMeeting> next,
                       Map<UUID, String> names) implements StatsContributor {

        @Override
        public Figures figures(Scope scope, Set<Figure> wanted) {
            return figures;
        }

        @Override
        public List<UrgentTask> urgentTasks(Scope scope) {
            return tasks;
        }

        @Override
        public Optional<NextMeeting> nextMeeting(Scope scope) {
            return next;
        }

        @Override
        public Map<UUID, String> buildingNames(Set<UUID> buildings) {
            return names;
        }
    }

    static Contributor tasks(String module, UrgentTask... tasks) {
        return new Contributor(module, Figures.NONE, List.of(tasks), Optional.empty(), Map.of());
    }

    static UrgentTask task(Kind kind, String title, Priority priority, OffsetDateTime due) {
        return new UrgentTask(kind, title, title, priority, null, null, due);
    }

    @Test
    void tasksComeMostPressingFirstThenEarliestDueWhicheverModuleReportsThem() {
        UrgentTask oldestOverdue = task(Kind.EXPENSE, "overdue since March", Priority.URGENT, NOW.minusMonths(8));
        UrgentTask overdue = task(Kind.EXPENSE, "overdue since May", Priority.URGENT, NOW.minusMonths(6));
        UrgentTask reminder = task(Kind.EXPENSE, "reminder", Priority.HIGH, null);
        UrgentTask soonMeeting = task(Kind.MEETING, "AG in 2 days", Priority.URGENT, NOW.plusDays(2));
        UrgentTask laterMeeting = task(Kind.MEETING, "AG in 5 days", Priority.HIGH, NOW.plusDays(5));
        List<StatsContributor> modules = new ArrayList<>(List.of(
                tasks("expenses", oldestOverdue, overdue, reminder), tasks("meetings", soonMeeting, laterMeeting)));

        List<UrgentTask> expected = List.of(oldestOverdue, overdue, soonMeeting, laterMeeting, reminder);
        assertEquals(expected, new Dashboard(modules).urgentTasks(ORGANIZATION));
        Collections.reverse(modules);
        assertEquals(expected, new Dashboard(modules).urgentTasks(ORGANIZATION));
    }

    @Test
    void atMostNineTasksAreShownTheMostPressingOnes() {
        List<UrgentTask> medium = IntStream.range(0, 4)
                .mapToObj(n -> task(Kind.OTHER, "medium " + n, Priority.MEDIUM, NOW.plusDays(n))).toList();
        List<UrgentTask> urgent = IntStream.range(0, 9)
                .mapToObj(n -> task(Kind.EXPENSE, "urgent " + n, Priority.URGENT, NOW.minusDays(9 - n))).toList();
        Dashboard dashboard = new Dashboard(List.of(tasks("other", medium.toArray(UrgentTask[]::new)),
                tasks("expenses", urgent.toArray(UrgentTask[]::new))));

        assertEquals(urgent, dashboard.urgentTasks(ORGANIZATION));
    }

    @Test
    void figuresAddUpAcrossModulesAndReadZeroWhereNoModuleCountsThem() {
        Figures expenses = Figures.NONE.with(Figure.EXPENSES, 4).with(Figure.PENDING_EXPENSES_AMOUNT,
                new BigDecimal("120.50"));
        Figures meetings = Figures.NONE.with(Figure.MEETINGS, 3);
        Dashboard dashboard = new Dashboard(List.of(
                new Contributor("expenses", expenses, List.of(), Optional.empty(), Map.of()),
                new Contributor("meetings", meetings, List.of(), Optional.empty(), Map.of())));

        Figures figures = dashboard.figures(Scope.platform(), Set.of(Figure.values()));

        assertEquals(4, figures.count(Figure.EXPENSES));
        assertEquals(3, figures.count(Figure.MEETINGS));
        assertEquals(new BigDecimal("120.50"), figures.amount(Figure.PENDING_EXPENSES_AMOUNT));
        assertEquals(0, figures.count(Figure.BUILDINGS));
        assertEquals(0, new Dashboard(List.of()).figures(Scope.platform(), Set.of(Figure.MEETINGS))
                .count(Figure.MEETINGS));
    }

    @Test
    void theNextMeetingIsTheEarliestAnyModuleKnowsAndItsBuildingIsNamedByTheModuleHoldingIt() {
        UUID building = UUID.randomUUID();
        NextMeeting later = new NextMeeting(UUID.randomUUID(), NOW.plusDays(20), UUID.randomUUID());
        NextMeeting sooner = new NextMeeting(UUID.randomUUID(), NOW.plusDays(10), building);
        Dashboard dashboard = new Dashboard(List.of(
                new Contributor("meetings", Figures.NONE, List.of(), Optional.of(later), Map.of()),
                new Contributor("assemblies", Figures.NONE, List.of(), Optional.of(sooner), Map.of()),
                new Contributor("buildings", Figures.NONE, List.of(), Optional.empty(),
                        Map.of(building, "Résidence Les Tilleuls"))));

        assertEquals(Optional.of(sooner), dashboard.nextMeeting(ORGANIZATION));
        assertEquals(Map.of(building, "Résidence Les Tilleuls"), dashboard.buildingNames(Set.of(building)));
        assertEquals(Optional.empty(), new Dashboard(List.of()).nextMeeting(ORGANIZATION));
    }
}
