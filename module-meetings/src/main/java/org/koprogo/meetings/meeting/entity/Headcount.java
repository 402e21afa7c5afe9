package org.koprogo.meetings.meeting.entity;

import java.math.BigDecimal;

/** Co-owners counted at an assembly: how many, and the quotas they hold together (exact). */
public record Headcount(int coOwners, BigDecimal quota) {

    public static final Headcount NONE = new Headcount(0, BigDecimal.ZERO);

    public Headcount {
        if (coOwners < 0 || quota == null || quota.signum() < 0) {
            throw new IllegalArgumentException("a headcount is never negative");
        }
    }

    public Headcount plus(BigDecimal coOwnerQuota) {
        return new Headcount(coOwners + 1, quota.add(coOwnerQuota));
    }
}
