package org.koprogo.stats.dashboard.boundary;

import static org.koprogo.core.stats.boundary.Figure.BUILDINGS;
import static org.koprogo.core.stats.boundary.Figure.CURRENT_HOLDERS;
import static org.koprogo.core.stats.boundary.Figure.HELD_UNITS;
import static org.koprogo.core.stats.boundary.Figure.PENDING_EXPENSES;
import static org.koprogo.core.stats.boundary.Figure.PENDING_EXPENSES_AMOUNT;
import static org.koprogo.core.stats.boundary.Figure.UNITS;

import java.math.BigDecimal;
import java.util.Set;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;

/**
 * A syndic's dashboard (KoproGo's {@code SyndicDashboardStats}), also an owner's over what it holds:
 * {@code total_owners} counts the distinct owners holding a current share. {@code next_meeting} is left out when
 * none is coming, where KoproGo sent null (its client tests it for truth): a nullable object member is a nullable
 * {@code allOf} of a {@code $ref} in OpenAPI 3.0, which the contract check of the tests cannot match with null.
 */
public record SyndicStats(long totalBuildings, long totalUnits, long totalOwners, long pendingExpensesCount,
                          BigDecimal pendingExpensesAmount, NextMeetingResponse nextMeeting) {

    static final Set<Figure> ORGANIZATION_FIGURES =
            Set.of(BUILDINGS, UNITS, CURRENT_HOLDERS, PENDING_EXPENSES, PENDING_EXPENSES_AMOUNT);

    static final Set<Figure> HOLDER_FIGURES =
            Set.of(HELD_UNITS, CURRENT_HOLDERS, PENDING_EXPENSES, PENDING_EXPENSES_AMOUNT);

    static SyndicStats ofOrganization(Figures f, NextMeetingResponse nextMeeting) {
        return new SyndicStats(f.count(BUILDINGS), f.count(UNITS), f.count(CURRENT_HOLDERS),
                f.count(PENDING_EXPENSES), f.amount(PENDING_EXPENSES_AMOUNT), nextMeeting);
    }

    /** The buildings are those the owner holds a share in; its units, those shares. */
    static SyndicStats ofHolder(int buildings, Figures f, NextMeetingResponse nextMeeting) {
        return new SyndicStats(buildings, f.count(HELD_UNITS), f.count(CURRENT_HOLDERS), f.count(PENDING_EXPENSES),
                f.amount(PENDING_EXPENSES_AMOUNT), nextMeeting);
    }
}
