package org.koprogo.core.data.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.koprogo.core.module.boundary.ModulePlan;
import org.koprogo.core.module.boundary.PlatformModule;

class PlatformDataTest {

    record Module(String name, Set<String> requires) implements PlatformModule {
        @Override
        public Set<Class<?>> resources() {
            return Set.of();
        }
    }

    /** Writes the rows of one kind to one table, and says what it was asked, in order, in {@code calls}. */
    record Owner(String module, String table, Function<DataSet, List<?>> kind, List<String> calls)
            implements DataOwner {
        @Override
        public Map<String, Long> write(DataSet data, Connection connection) {
            calls.add("write " + module);
            return Map.of(table, (long) kind.apply(data).size());
        }

        @Override
        public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) {
            calls.add("remove " + module);
            return Map.of(table, (long) organizations.size());
        }
    }

    private static final ModulePlan PLAN = ModulePlan.of(List.of(new Module("seed", Set.of("owners", "expenses")),
            new Module("expenses", Set.of("buildings")), new Module("owners", Set.of("buildings")),
            new Module("buildings", Set.of("auth")), new Module("auth", Set.of())), Set.of());

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final DataSet.Organization ORGANIZATION_ROW = new DataSet.Organization(ORGANIZATION, "O", "o",
            null, null, "free", 1, 3, true);
    private static final DataSet.User USER = new DataSet.User(UUID.randomUUID(), ORGANIZATION, "a@b.be", "hash", "A",
            "B", "syndic");

    private final List<String> calls = new ArrayList<>();

    private static DataSet.Building building(String name) {
        return new DataSet.Building(UUID.randomUUID(), ORGANIZATION, name, "Rue 1", "Namur", "5000", "Belgique", 2,
                1000, 1990);
    }

    private DataOwner owner(String module) {
        return new Owner(module, module + "_rows",
                module.equals("auth") ? DataSet::organizations : DataSet::buildings, calls);
    }

    @Test
    void ordersTheOwnersAsTheirModulesRequirementsFirst() {
        List<DataOwner> ordered = PlatformData.inDependencyOrder(PLAN, List.of(owner("owners"), owner("auth"),
                owner("expenses"), owner("buildings")));
        assertEquals(List.of("auth", "buildings", "expenses", "owners"),
                ordered.stream().map(DataOwner::module).toList());
    }

    @Test
    void leavesTheOwnersOfDisabledModulesOut() {
        ModulePlan withoutExpenses = ModulePlan.of(PLAN.installed(), Set.of("seed", "expenses"));
        List<DataOwner> ordered = PlatformData.inDependencyOrder(withoutExpenses, List.of(owner("expenses"),
                owner("auth")));
        assertEquals(List.of("auth"), ordered.stream().map(DataOwner::module).toList());
    }

    @Test
    void refusesAnOwnerOfAModuleNotInstalled() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> PlatformData.inDependencyOrder(PLAN, List.of(owner("meetings"))));
        assertEquals(Owner.class.getName() + " holds the tables of module 'meetings', which is not installed",
                failure.getMessage());
    }

    @Test
    void writesInOrderAndRemovesInTheReverseOrder() throws Exception {
        List<DataOwner> ordered = List.of(owner("auth"), owner("buildings"));
        assertEquals(Map.of("auth_rows", 1L, "buildings_rows", 2L), PlatformData.write(ordered,
                DataSet.of(List.of(ORGANIZATION_ROW, building("A"), building("B"))), null));
        assertEquals(Map.of("auth_rows", 3L, "buildings_rows", 3L), PlatformData.remove(ordered,
                List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), null));
        assertEquals(List.of("write auth", "write buildings", "remove buildings", "remove auth"), calls);
    }

    @Test
    void refusesRowsNoEnabledModuleWrites() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PlatformData.write(
                List.of(owner("auth")), DataSet.of(List.of(ORGANIZATION_ROW, USER)), null));
        assertEquals("Of 2 rows the enabled modules wrote 1 ({auth_rows=1}): a kind of row has no enabled module"
                + " to write it", failure.getMessage());
    }

    @Test
    void sortsAWorldsRowsByKindKeepingTheirOrder() {
        DataSet.Building first = building("A");
        DataSet.Building second = building("B");
        DataSet.Meeting meeting = meeting(List.of("Approbation des comptes"));
        DataSet.Minutes minutes = new DataSet.Minutes(meeting.id(), "Quorum atteint.", null,
                OffsetDateTime.parse("2025-03-15T12:00:00Z"));
        DataSet.Vote vote = new DataSet.Vote(new UUID(0, 3), new UUID(0, 4), new UUID(0, 5), "for");
        DataSet data = DataSet.of(List.of(first, minutes, USER, meeting, vote, second));
        assertEquals(List.of(first, second), data.buildings());
        assertEquals(List.of(USER), data.users());
        assertEquals(List.of(meeting), data.meetings());
        assertEquals(List.of(minutes), data.minutes());
        assertEquals(List.of(vote), data.votes());
        assertEquals(List.of(), data.expenses());
        assertEquals(List.of(), data.attendances());
        assertEquals(6, data.size());
        assertEquals(meeting.id(), minutes.id(), "minutes are their meeting's");
    }

    @Test
    void aMeetingsAgendaIsItsOwnCopy() {
        List<String> items = new ArrayList<>(List.of("Approbation des comptes", "Questions diverses"));
        DataSet.Meeting meeting = meeting(items);
        items.clear();
        assertEquals(List.of("Approbation des comptes", "Questions diverses"), meeting.agenda());
        assertThrows(UnsupportedOperationException.class, () -> meeting.agenda().add("Divers"));
        assertEquals(meeting, meeting(List.of("Approbation des comptes", "Questions diverses")),
                "rows compare by value, agenda included");
    }

    private static DataSet.Meeting meeting(List<String> agenda) {
        return new DataSet.Meeting(new UUID(0, 1), ORGANIZATION, new UUID(0, 2), "ordinary", "AG 2025",
                null, OffsetDateTime.parse("2025-03-15T10:00:00Z"), "Salle polyvalente", "scheduled", agenda, null);
    }
}
