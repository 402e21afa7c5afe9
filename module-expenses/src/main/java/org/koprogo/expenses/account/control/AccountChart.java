package org.koprogo.expenses.account.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.expenses.account.entity.Account;
import org.koprogo.expenses.account.entity.AccountType;

/**
 * The chart of accounts served from memory: the shared Belgian PCMN plus each organization's own accounts,
 * cached per scope. Every write increments its scope's row in account_chart_versions in the writing
 * transaction ({@link #changed}); every read first reads those one or two version numbers (a primary-key
 * lookup) and reloads a scope whose version moved. So a write on any instance is seen by the next read on
 * every instance, with no broadcast and no time-to-live, and the rows themselves come from memory.
 */
@ApplicationScoped
public class AccountChart {

    /** The shared chart's scope in account_chart_versions. */
    static final UUID SHARED = new UUID(0, 0);

    /** Bounds memory: past this many cached organizations the cache starts afresh. */
    private static final int MAX_SCOPES = 10_000;

    @PersistenceContext(unitName = "expenses")
    EntityManager em;

    private final Map<UUID, Slot> slots = new ConcurrentHashMap<>();

    /** One scope's accounts as of one version, by code. Immutable, so readers share it. */
    private record Scope(long version, Map<String, ChartAccount> byCode) {
    }

    /** A scope's latest snapshot (null until loaded) and the lock its one reloading thread holds. */
    private static final class Slot {
        private final ReentrantLock reload = new ReentrantLock();
        private volatile Scope snapshot;
    }

    /** The accounts an organization sees (the shared chart alone for null), in no particular order. */
    private Stream<ChartAccount> accounts(UUID organizationId) {
        Map<UUID, Long> versions = versions(organizationId);
        Stream<ChartAccount> shared = scope(SHARED, versions).byCode().values().stream();
        return organizationId == null ? shared
                : Stream.concat(shared, scope(organizationId, versions).byCode().values().stream());
    }

    /** Wire names clients may sort by; the chart is sorted in memory. */
    public static final Map<String, Comparator<ChartAccount>> SORTS = Map.of(
            "code", Comparator.comparing(ChartAccount::code),
            "label", Comparator.comparing(ChartAccount::label, String.CASE_INSENSITIVE_ORDER));

    /**
     * A page of the accounts the organization sees, filtered by type and parent when given.
     *
     * @param view what the page holds of each account
     */
    public <T> Page<T> page(UUID organizationId, AccountType type, String parentCode, PageRequest request,
                            Function<ChartAccount, T> view) {
        return select(accounts(organizationId), type, parentCode, request, view);
    }

    /** The page of the accounts, in memory: filtered, sorted with the code breaking ties, then sliced. */
    static <T> Page<T> select(Stream<ChartAccount> accounts, AccountType type, String parentCode,
                              PageRequest request, Function<ChartAccount, T> view) {
        Comparator<ChartAccount> order = SORTS.get(request.sortBy()).thenComparing(ChartAccount::code);
        List<ChartAccount> matching = accounts
                .filter(account -> type == null || account.accountType() == type)
                .filter(account -> parentCode == null || parentCode.equals(account.parentCode()))
                .sorted(request.descending() ? order.reversed() : order)
                .toList();
        int from = Math.min(request.offset(), matching.size());
        int to = Math.min(from + request.perPage(), matching.size());
        return Page.of(matching.subList(from, to).stream().map(view).toList(), request, matching.size());
    }

    /** The account of that code the organization sees (the shared chart alone for null). */
    public Optional<ChartAccount> find(UUID organizationId, String code) {
        Map<UUID, Long> versions = versions(organizationId);
        ChartAccount shared = scope(SHARED, versions).byCode().get(code);
        if (shared != null || organizationId == null) {
            return Optional.ofNullable(shared);
        }
        return Optional.ofNullable(scope(organizationId, versions).byCode().get(code));
    }

    /** The account of that code the organization sees; 404 if none. */
    public ChartAccount existing(UUID organizationId, String code) {
        return find(organizationId, code).orElseThrow(() -> new NotFound("No account " + code));
    }

    public boolean has(UUID organizationId, String code) {
        return find(organizationId, code).isPresent();
    }

    /**
     * Marks the scope (null: the shared chart) changed. Call it last in the transaction that writes the scope:
     * a read after it would cache rows that a rollback could still undo.
     */
    void changed(UUID organizationId) {
        em.createNativeQuery("insert into account_chart_versions (scope, version) values (?1, 1)"
                        + " on conflict (scope) do update set version = account_chart_versions.version + 1")
                .setParameter(1, organizationId == null ? SHARED : organizationId)
                .executeUpdate();
    }

    private Map<UUID, Long> versions(UUID organizationId) {
        List<?> rows = em.createNativeQuery("select scope, version from account_chart_versions"
                        + " where scope = ?1 or scope = ?2")
                .setParameter(1, SHARED)
                .setParameter(2, organizationId == null ? SHARED : organizationId)
                .getResultList();
        Map<UUID, Long> versions = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            versions.put(UUID.fromString(columns[0].toString()), ((Number) columns[1]).longValue());
        }
        return versions;
    }

    /**
     * The scope's snapshot as of the version read, or a newer one. When it moved, one thread reloads it while
     * the others serve the previous snapshot: a write does not send every request of the moment to the database.
     * Only a scope never loaded yet makes them wait, for that one load.
     */
    private Scope scope(UUID scope, Map<UUID, Long> versions) {
        long version = versions.getOrDefault(scope, 0L);
        if (slots.size() >= MAX_SCOPES && !slots.containsKey(scope)) {
            slots.clear();
        }
        Slot slot = slots.computeIfAbsent(scope, key -> new Slot());
        Scope cached = slot.snapshot;
        if (cached != null && cached.version() >= version) {
            return cached;
        }
        if (cached != null && !slot.reload.tryLock()) {
            return cached;
        }
        if (cached == null) {
            slot.reload.lock();
        }
        try {
            Scope current = slot.snapshot;
            if (current != null && current.version() >= version) {
                return current; // loaded by the thread this one waited for
            }
            slot.snapshot = load(scope, version);
            return slot.snapshot;
        } finally {
            slot.reload.unlock();
        }
    }

    /** Read after the version: a write committing in between only makes the next read reload again. */
    private Scope load(UUID scope, long version) {
        List<Account> rows = SHARED.equals(scope)
                ? em.createNamedQuery(Account.SHARED, Account.class).getResultList()
                : em.createNamedQuery(Account.OF_ORGANIZATION, Account.class).setParameter("organization", scope)
                        .getResultList();
        return new Scope(version, rows.stream().collect(Collectors.toUnmodifiableMap(Account::getCode,
                ChartAccount::of, (first, second) -> first)));
    }
}
