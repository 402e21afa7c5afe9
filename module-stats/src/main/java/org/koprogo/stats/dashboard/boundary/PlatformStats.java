package org.koprogo.stats.dashboard.boundary;

import static org.koprogo.core.stats.boundary.Figure.ACTIVE_ORGANIZATIONS;
import static org.koprogo.core.stats.boundary.Figure.BUILDINGS;
import static org.koprogo.core.stats.boundary.Figure.EXPENSES;
import static org.koprogo.core.stats.boundary.Figure.MEETINGS;
import static org.koprogo.core.stats.boundary.Figure.ORGANIZATIONS;
import static org.koprogo.core.stats.boundary.Figure.OWNERS;
import static org.koprogo.core.stats.boundary.Figure.UNITS;
import static org.koprogo.core.stats.boundary.Figure.USERS;

import java.util.Set;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;

/** The superadmin's dashboard: the whole platform, as KoproGo's {@code DashboardStats}. */
public record PlatformStats(long totalOrganizations, long totalUsers, long totalBuildings, long activeSubscriptions,
                            long totalOwners, long totalUnits, long totalExpenses, long totalMeetings) {

    static final Set<Figure> FIGURES =
            Set.of(ORGANIZATIONS, USERS, BUILDINGS, ACTIVE_ORGANIZATIONS, OWNERS, UNITS, EXPENSES, MEETINGS);

    static PlatformStats of(Figures f) {
        return new PlatformStats(f.count(ORGANIZATIONS), f.count(USERS), f.count(BUILDINGS),
                f.count(ACTIVE_ORGANIZATIONS), f.count(OWNERS), f.count(UNITS), f.count(EXPENSES), f.count(MEETINGS));
    }
}
