package org.koprogo.expenses.account.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.expenses.account.entity.Account;

/**
 * Writes to the chart. An organization adds and changes its own accounts; the shared PCMN is changed by a
 * superadmin only. A code is unique across what an organization sees (the shared chart and its own), and an
 * organization's own chart is bounded.
 */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    @Inject
    AccountChart chart;

    /** Bounds an organization's own chart, which every read holds in memory. */
    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_ORGANIZATION_ACCOUNTS", defaultValue = "2000")
    int maxOrganizationAccounts;

    /** @param organizationId null writes the shared chart */
    @Transactional
    public ChartAccount create(UUID organizationId, AccountChanges account) {
        String code = account.code();
        if (code == null) {
            throw InvalidInput.inBody("#/code", "must not be null");
        }
        lockCreation(organizationId, code);
        requireFree(code, organizationId == null, holders(organizationId, code));
        RuleViolation.require(organizationId == null || ownAccounts(organizationId) < maxOrganizationAccounts,
                "An organization's own chart holds at most " + maxOrganizationAccounts
                        + " accounts; change existing ones instead");
        requireParent(organizationId, code, account.parentCode());
        Account created = new Account(organizationId, code, account.label(), account.parentCode(),
                account.directUse());
        em.persist(created);
        Conflicts.flush(em, Map.of("accounts_shared_code", "Account " + code + " already exists",
                "accounts_organization_code", "Account " + code + " already exists",
                "accounts_organization_fkey", "No organization " + organizationId));
        chart.changed(organizationId);
        return ChartAccount.of(created);
    }

    /** @param organizationId the caller's scope; null for a superadmin acting on the shared chart */
    @Transactional
    public ChartAccount update(UUID organizationId, String code, IfMatch ifMatch, AccountChanges changes) {
        ChartAccount current = chart.existing(organizationId, code);
        if (current.organizationId() == null && organizationId != null) {
            throw new NotPermitted("Account " + code + " belongs to the shared PCMN chart, which only a"
                    + " superadmin changes; add an account of your own instead");
        }
        ifMatch.require(current.id(), current.version());
        if (changes.code() != null && !changes.code().equals(code)) {
            throw InvalidInput.inBody("#/code", "an account's code does not change; create another account");
        }
        requireParent(organizationId, code, changes.parentCode());
        Account account = em.find(Account.class, current.id());
        if (account == null) {
            throw new NotFound("No account " + code);
        }
        account.describe(changes.label(), changes.parentCode(), changes.directUse());
        em.flush();
        chart.changed(organizationId);
        return ChartAccount.of(account);
    }

    /**
     * Creations of one code, and creations in one organization, one after the other across instances, so that
     * the checks below hold when the account is written: always in this order (organization, then code).
     */
    private void lockCreation(UUID organizationId, String code) {
        if (organizationId != null) {
            em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('koprogo-accounts-of'), hashtext(?1))")
                    .setParameter(1, organizationId.toString()).getSingleResult();
        }
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('koprogo-account-code'), hashtext(?1))")
                .setParameter(1, code).getSingleResult();
    }

    /**
     * A code is unique across what an organization sees. A shared code that an organization already has would
     * hide that organization's account (the shared one is found first), so the superadmin's is refused too.
     *
     * @param shared  whether the new account is one of the shared chart
     * @param holders for each account that already has the code and that the new one's scope sees (for a shared
     *                account: every one), whether it is shared
     */
    static void requireFree(String code, boolean shared, List<?> holders) {
        RuleViolation.require(!holders.contains(Boolean.TRUE) && (shared || holders.isEmpty()),
                "Account " + code + " already exists");
        RuleViolation.require(holders.isEmpty(), "Account " + code + " is already an organization's own account,"
                + " which a shared one would hide");
    }

    /** The accounts {@link #requireFree} weighs: whether each is shared. */
    private List<?> holders(UUID organizationId, String code) {
        return em.createNativeQuery("select organization_id is null from accounts where code = ?1"
                        + " and (organization_id is null or organization_id = ?2 or ?3)")
                .setParameter(1, code)
                .setParameter(2, organizationId == null ? AccountChart.SHARED : organizationId)
                .setParameter(3, organizationId == null)
                .getResultList();
    }

    private long ownAccounts(UUID organizationId) {
        return ((Number) em.createNativeQuery("select count(*) from accounts where organization_id = ?1")
                .setParameter(1, organizationId).getSingleResult()).longValue();
    }

    private void requireParent(UUID organizationId, String code, String parentCode) {
        if (parentCode != null && (parentCode.equals(code) || !chart.has(organizationId, parentCode))) {
            throw InvalidInput.inBody("#/parent_code", "must be the code of another account of the chart");
        }
    }
}
