package org.koprogo.auth.organization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionPlanTest {

    @ParameterizedTest(name = "{0}: {1} buildings, {2} users")
    @CsvSource({"FREE, 1, 3", "STARTER, 5, 10", "PROFESSIONAL, 20, 50", "ENTERPRISE, 999, 999"})
    void eachPlanSetsKoproGosLimits(SubscriptionPlan plan, int maxBuildings, int maxUsers) {
        assertEquals(maxBuildings, plan.maxBuildings());
        assertEquals(maxUsers, plan.maxUsers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FREE, 3", "STARTER, 10", "PROFESSIONAL, 50", "ENTERPRISE, 999"})
    void anOrganizationsUserLimitFollowsItsPlanOnEveryChange(SubscriptionPlan plan, int maxUsers) {
        Organization organization = new Organization("Syndic Dupont", "syndic-dupont", "a@x.be", null,
                SubscriptionPlan.FREE);
        organization.describe("Syndic Dupont", "syndic-dupont", "a@x.be", null, plan);
        assertEquals(plan, organization.plan());
        assertEquals(maxUsers, organization.maxUsers());
        assertEquals(plan.maxBuildings(), organization.maxBuildings());
    }

    @Test
    void aPlanIsWrittenInLowerCaseAndReadInAnyCase() {
        assertEquals("professional", SubscriptionPlan.PROFESSIONAL.wireName());
        assertEquals(SubscriptionPlan.STARTER, SubscriptionPlan.ofWireName("starter"));
        assertEquals(SubscriptionPlan.STARTER, SubscriptionPlan.ofWireName("Starter"));
        assertThrows(IllegalArgumentException.class, () -> SubscriptionPlan.ofWireName("gold"));
    }

    @Test
    void anOrganizationNeedsANameASlugAndAPlan() {
        assertThrows(IllegalArgumentException.class, () -> new Organization(" ", "s", null, null, SubscriptionPlan.FREE));
        assertThrows(IllegalArgumentException.class, () -> new Organization("N", "", null, null, SubscriptionPlan.FREE));
        assertThrows(IllegalArgumentException.class, () -> new Organization("N", "s", null, null, null));
    }

    @Test
    void revokingAccessTokensMovesTheRightsVersion() {
        Organization organization = new Organization("N", "n", null, null, SubscriptionPlan.FREE);
        long before = organization.rightsVersion();
        organization.revokeAccessTokens();
        assertEquals(before + 1, organization.rightsVersion());
    }
}
