package org.koprogo.expenses.account.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.expenses.account.boundary.AccountRequest;
import org.koprogo.expenses.account.boundary.AccountResponse;
import org.koprogo.expenses.account.entity.Account;
import org.koprogo.core.refusal.boundary.InvalidField;

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
    public AccountResponse create(UUID organizationId, AccountRequest request) {
        if (request.code() == null) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/code", "must not be null")));
        }
        lockCreation(organizationId, request.code());
        requireFree(organizationId, request.code());
        if (organizationId != null && ownAccounts(organizationId) >= maxOrganizationAccounts) {
            throw new ClientErrorException("An organization's own chart holds at most " + maxOrganizationAccounts
                    + " accounts; change existing ones instead", Response.Status.CONFLICT);
        }
        requireParent(organizationId, request.code(), request);
        Account account = new Account(organizationId, request.code(), request.label().strip(), request.parentCode(),
                request.usedDirectly());
        em.persist(account);
        Conflicts.flush(em, Map.of("accounts_shared_code", "Account " + request.code() + " already exists",
                "accounts_organization_code", "Account " + request.code() + " already exists",
                "accounts_organization_fkey", "No organization " + organizationId));
        chart.changed(organizationId);
        return AccountResponse.of(account);
    }

    /** @param organizationId the caller's scope; null for a superadmin acting on the shared chart */
    @Transactional
    public Versioned<AccountResponse> update(UUID organizationId, String code, Request preconditions,
                                             AccountRequest request) {
        Versioned<AccountResponse> current = chart.find(organizationId, code)
                .orElseThrow(() -> new NotFoundException("No account " + code));
        if (current.body().organizationId() == null && organizationId != null) {
            throw new ForbiddenException("Account " + code + " belongs to the shared PCMN chart, which only a"
                    + " superadmin changes; add an account of your own instead");
        }
        Versioned.requireMatch(preconditions, current.tag());
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/code",
                    "an account's code does not change; create another account")));
        }
        requireParent(organizationId, code, request);
        Account account = em.find(Account.class, current.body().id());
        if (account == null) {
            throw new NotFoundException("No account " + code);
        }
        account.describe(request.label().strip(), request.parentCode(), request.usedDirectly());
        em.flush();
        chart.changed(organizationId);
        return Versioned.of(AccountResponse.of(account), account.getId(), account.getVersion());
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
     */
    private void requireFree(UUID organizationId, String code) {
        List<?> holders = em.createNativeQuery("select organization_id is null from accounts where code = ?1"
                        + " and (organization_id is null or organization_id = ?2 or ?3)")
                .setParameter(1, code)
                .setParameter(2, organizationId == null ? AccountChart.SHARED : organizationId)
                .setParameter(3, organizationId == null)
                .getResultList();
        if (holders.contains(Boolean.TRUE) || organizationId != null && !holders.isEmpty()) {
            throw new ClientErrorException("Account " + code + " already exists", Response.Status.CONFLICT);
        }
        if (!holders.isEmpty()) {
            throw new ClientErrorException("Account " + code + " is already an organization's own account, which a"
                    + " shared one would hide", Response.Status.CONFLICT);
        }
    }

    private long ownAccounts(UUID organizationId) {
        return ((Number) em.createNativeQuery("select count(*) from accounts where organization_id = ?1")
                .setParameter(1, organizationId).getSingleResult()).longValue();
    }

    private void requireParent(UUID organizationId, String code, AccountRequest request) {
        if (request.parentCode() != null && (request.parentCode().equals(code)
                || !chart.has(organizationId, request.parentCode()))) {
            throw new InvalidInput(List.of(InvalidField.inBody("#/parent_code",
                    "must be the code of another account of the chart")));
        }
    }
}
