package org.koprogo.stats.dashboard.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.NextMeeting;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;
import org.koprogo.core.stats.boundary.UrgentTask;

/**
 * The dashboards' answers from the enabled modules' contributions, asked one module after the other (never two
 * connections at once, see {@link StatsContributor}).
 */
public final class Dashboard {

    /** KoproGo's dashboard shows at most 5 overdue expenses, 3 meetings and 1 reminder. */
    static final int MAX_TASKS = 9;

    /**
     * Most pressing first, then the earliest due (an overdue expense before a coming meeting, the sooner meeting
     * first), undated reminders last: KoproGo's order, whichever module reports which task.
     */
    static final Comparator<UrgentTask> PRESSING = Comparator.comparing(UrgentTask::priority)
            .thenComparing(UrgentTask::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<StatsContributor> contributors;

    public Dashboard(List<StatsContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    public Figures figures(Scope scope, Set<Figure> wanted) {
        return contributors.stream().map(contributor -> contributor.figures(scope, wanted))
                .reduce(Figures.NONE, Figures::plus);
    }

    public List<UrgentTask> urgentTasks(Scope scope) {
        return contributors.stream().flatMap(contributor -> contributor.urgentTasks(scope).stream())
                .sorted(PRESSING).limit(MAX_TASKS).toList();
    }

    public Optional<NextMeeting> nextMeeting(Scope scope) {
        return contributors.stream().flatMap(contributor -> contributor.nextMeeting(scope).stream())
                .min(Comparator.comparing(NextMeeting::date));
    }

    public Map<UUID, String> buildingNames(Set<UUID> buildings) {
        Map<UUID, String> names = new HashMap<>();
        if (!buildings.isEmpty()) {
            contributors.forEach(contributor -> names.putAll(contributor.buildingNames(buildings)));
        }
        return names;
    }

    public Set<UUID> seedOrganizations() {
        Set<UUID> seeded = new HashSet<>();
        contributors.forEach(contributor -> seeded.addAll(contributor.seedOrganizations()));
        return seeded;
    }
}
