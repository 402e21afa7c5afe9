package org.koprogo.core.stats.boundary;

/**
 * A dashboard figure, each counted by the module whose rows it counts (named after it here). A module that is
 * disabled or absent contributes none of its figures, which then read 0.
 */
public enum Figure {

    /** Organizations (module-auth). */
    ORGANIZATIONS,
    /** Organizations that are active: KoproGo's "active subscriptions" (module-auth). */
    ACTIVE_ORGANIZATIONS,
    /** Sign-ins (module-auth). */
    USERS,
    /** Buildings (module-buildings). */
    BUILDINGS,
    /** Units (module-buildings). */
    UNITS,
    /** Owner records, whether they hold a share or not (module-owners). */
    OWNERS,
    /** Distinct owners holding a current share (module-owners). */
    CURRENT_HOLDERS,
    /** Distinct owners that hold or held a share (module-owners). */
    HOLDERS,
    /** Shares, current and ended (module-owners). */
    SHARES,
    /** The current shares of an owner-role user's linked owner record: the units it holds (module-owners). */
    HELD_UNITS,
    /** Expenses (module-expenses). */
    EXPENSES,
    /** Expenses whose payment is pending (module-expenses). */
    PENDING_EXPENSES,
    /** The sum of their amounts (module-expenses). */
    PENDING_EXPENSES_AMOUNT,
    /** General assemblies (module-meetings). */
    MEETINGS
}
