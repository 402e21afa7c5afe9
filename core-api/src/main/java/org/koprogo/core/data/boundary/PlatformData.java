package org.koprogo.core.data.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.koprogo.core.module.boundary.ModulePlan;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.module.boundary.PlatformModule;

/**
 * Writes and removes whole organizations' data through every enabled module's {@link DataOwner}: writing requirements
 * first (a row's parents exist before it), removing in the reverse order and the core's own tables last. The one
 * path for seeding and for removing organizations (seed removal, an organization's deletion), so that a
 * module added later takes part in both. On the caller's connection and in its transaction.
 */
@ApplicationScoped
public class PlatformData {

    /** The core's tables holding organizations' rows: filled as the modules' rows are written, by the core. */
    static final DataOwner CORE = new DataOwner() {
        @Override
        public String module() {
            return "core";
        }

        @Override
        public Map<String, Long> write(DataSet data, Connection connection) {
            return Map.of();
        }

        @Override
        public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
            return new TableRows(connection)
                    .delete("idempotency_keys", "organization_id", organizations)
                    .delete("row_counts", "organization_id", organizations)
                    .counts();
        }
    };

    @Inject
    @Any
    Instance<DataOwner> owners;

    @Inject
    @Any
    Instance<UserReferences> references;

    @Inject
    @Any
    Instance<RecordReferences> recordReferences;

    @Inject
    ModuleRegistry modules;

    /** Rows written by table; every row of the set must belong to an enabled module. */
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return write(inOrder(), data, connection);
    }

    /**
     * Rows removed by table: everything the organizations have, in every enabled module and in the core. Removal
     * locks rows (cascades, triggers) in an order no API write follows: a caller removing while the API writes
     * holds the tables first ({@link TableLocks}).
     */
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return remove(inOrder(), organizations, connection);
    }

    /** Every enabled module's references to the user released ({@link UserReferences}), in the caller's transaction. */
    public void releaseUser(UUID userId) {
        List<String> enabled = enabledModules();
        references.stream().filter(module -> enabled.contains(module.module()))
                .forEach(module -> module.release(userId));
    }

    /**
     * Every enabled module's references to a deleted building record released ({@link RecordReferences}), in the
     * caller's transaction.
     */
    public void releaseRecord(String kind, UUID recordId) {
        List<String> enabled = enabledModules();
        recordReferences.stream().filter(module -> enabled.contains(module.module()))
                .forEach(module -> module.release(kind, recordId));
    }

    private List<String> enabledModules() {
        return modules.current().enabled().stream().map(PlatformModule::name).toList();
    }

    private List<DataOwner> inOrder() {
        List<DataOwner> ordered = new ArrayList<>();
        ordered.add(CORE);
        ordered.addAll(inDependencyOrder(modules.current(), owners.stream().toList()));
        return ordered;
    }

    static Map<String, Long> write(List<DataOwner> ordered, DataSet data, Connection connection) throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        for (DataOwner owner : ordered) {
            owner.write(data, connection).forEach((table, rows) -> written.merge(table, rows, Long::sum));
        }
        long total = written.values().stream().mapToLong(Long::longValue).sum();
        if (total != data.size()) {
            // a kind no enabled module owns would otherwise vanish without a word
            throw new IllegalStateException("Of " + data.size() + " rows the enabled modules wrote " + total + " ("
                    + written + "): a kind of row has no enabled module to write it");
        }
        return written;
    }

    static Map<String, Long> remove(List<DataOwner> ordered, Collection<UUID> organizations, Connection connection)
            throws SQLException {
        List<DataOwner> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        Map<String, Long> removed = new LinkedHashMap<>();
        for (DataOwner owner : reversed) {
            owner.remove(organizations, connection).forEach((table, rows) -> removed.merge(table, rows, Long::sum));
        }
        return removed;
    }

    /** The owners of enabled modules, each module's after those of the modules it requires. */
    static List<DataOwner> inDependencyOrder(ModulePlan plan, List<DataOwner> owners) {
        List<String> enabled = plan.enabled().stream().map(PlatformModule::name).toList();
        for (DataOwner owner : owners) {
            if (plan.installed().stream().noneMatch(module -> module.name().equals(owner.module()))) {
                throw new IllegalStateException(owner.getClass().getName() + " holds the tables of module '"
                        + owner.module() + "', which is not installed");
            }
        }
        return owners.stream().filter(owner -> enabled.contains(owner.module()))
                .sorted(Comparator.comparingInt((DataOwner owner) -> enabled.indexOf(owner.module()))
                        .thenComparing(owner -> owner.getClass().getName()))
                .toList();
    }
}
