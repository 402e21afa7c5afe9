package org.koprogo.auth.organization.entity;

import java.util.Locale;

/** KoproGo's plans and the limits each one sets; the limits follow the plan on every change. */
public enum SubscriptionPlan {

    FREE(1, 3), STARTER(5, 10), PROFESSIONAL(20, 50), ENTERPRISE(999, 999);

    private final int maxBuildings;
    private final int maxUsers;

    SubscriptionPlan(int maxBuildings, int maxUsers) {
        this.maxBuildings = maxBuildings;
        this.maxUsers = maxUsers;
    }

    public int maxBuildings() {
        return maxBuildings;
    }

    public int maxUsers() {
        return maxUsers;
    }

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriptionPlan ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
