package org.koprogo.stats.dashboard.boundary;

import static org.koprogo.core.stats.boundary.Figure.BUILDINGS;
import static org.koprogo.core.stats.boundary.Figure.EXPENSES;
import static org.koprogo.core.stats.boundary.Figure.HOLDERS;
import static org.koprogo.core.stats.boundary.Figure.MEETINGS;
import static org.koprogo.core.stats.boundary.Figure.ORGANIZATIONS;
import static org.koprogo.core.stats.boundary.Figure.SHARES;
import static org.koprogo.core.stats.boundary.Figure.UNITS;
import static org.koprogo.core.stats.boundary.Figure.USERS;

import java.util.Set;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;

/**
 * What seeds planted, beside everything else, as KoproGo's {@code SeedDataStats}: its {@code seed_owners} are the
 * owners that hold or held a share there, its {@code seed_unit_owners} the shares, current and ended.
 */
public record SeedDataStats(long seedOrganizations, long productionOrganizations, long seedBuildings, long seedUnits,
                            long seedOwners, long seedUnitOwners, long seedExpenses, long seedMeetings,
                            long seedUsers) {

    static final Set<Figure> SEED_FIGURES =
            Set.of(ORGANIZATIONS, BUILDINGS, UNITS, HOLDERS, SHARES, EXPENSES, MEETINGS, USERS);

    static SeedDataStats of(Figures seed, Figures platform) {
        long seeded = seed.count(ORGANIZATIONS);
        return new SeedDataStats(seeded, platform.count(ORGANIZATIONS) - seeded, seed.count(BUILDINGS),
                seed.count(UNITS), seed.count(HOLDERS), seed.count(SHARES), seed.count(EXPENSES),
                seed.count(MEETINGS), seed.count(USERS));
    }
}
