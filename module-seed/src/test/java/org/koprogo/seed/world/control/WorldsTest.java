package org.koprogo.seed.world.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.koprogo.core.data.boundary.DataSet;

class WorldsTest {

    private static List<DataSet.Row> rows(SeedKind kind, int scale, long seed) {
        List<DataSet.Row> rows = new ArrayList<>();
        kind.write(scale, seed, password -> "hash of " + password, rows::add);
        return rows;
    }

    private static <R extends DataSet.Row> List<R> of(List<DataSet.Row> rows, Class<R> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void realisticWorldHasTheReferenceSizes() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 1, 42);
        assertEquals(3, of(rows, DataSet.Organization.class).size());
        assertEquals(List.of("admin@small.be", "admin@medium.be", "admin@large.be"),
                of(rows, DataSet.User.class).stream().map(DataSet.User::email).toList());
        assertEquals(23, of(rows, DataSet.Building.class).size());
        assertEquals(190, of(rows, DataSet.Unit.class).size());
        assertEquals(126, of(rows, DataSet.Owner.class).size());
        List<DataSet.Expense> expenses = of(rows, DataSet.Expense.class);
        assertEquals(60, expenses.size());
        long approvedAndPaid = expenses.stream().filter(e -> paid(e) && e.approvalStatus().equals("approved")).count();
        assertTrue(approvedAndPaid >= 30 && approvedAndPaid <= 54, "about 70 % approved and paid: " + approvedAndPaid);
        assertTrue(expenses.stream().noneMatch(e -> paid(e) && !e.approvalStatus().equals("approved")));
    }

    @Test
    void quotasFillEachBuildingAndSharesEachUnit() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 2, 7);
        Map<UUID, BigDecimal> quotas = of(rows, DataSet.Unit.class).stream().collect(Collectors.groupingBy(
                DataSet.Unit::buildingId, Collectors.reducing(BigDecimal.ZERO, DataSet.Unit::quota, BigDecimal::add)));
        assertEquals(46, quotas.size());
        quotas.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.valueOf(1000)), sum.toString()));

        List<DataSet.Share> shares = of(rows, DataSet.Share.class);
        Map<UUID, BigDecimal> held = shares.stream().collect(Collectors.groupingBy(DataSet.Share::unitId,
                Collectors.reducing(BigDecimal.ZERO, DataSet.Share::fraction, BigDecimal::add)));
        assertEquals(380, held.size(), "every unit is held");
        held.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.ONE), sum.toString()));
        Set<String> pairs = shares.stream().map(s -> s.unitId() + "/" + s.ownerId()).collect(Collectors.toSet());
        assertEquals(shares.size(), pairs.size(), "one share per owner and unit");
        Set<UUID> holders = shares.stream().map(DataSet.Share::ownerId).collect(Collectors.toSet());
        assertEquals(of(rows, DataSet.Owner.class).stream().map(DataSet.Owner::id).collect(Collectors.toSet()), holders,
                "every owner holds a unit");
        assertTrue(shares.size() > held.size(), "some units are co-owned");
    }

    @Test
    void namesAndNumbersStayUniqueAcrossCopies() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 3, 1);
        List<String> emails = of(rows, DataSet.User.class).stream().map(DataSet.User::email).toList();
        assertEquals(9, new HashSet<>(emails).size());
        assertTrue(emails.contains("admin@large-3.be"));
        assertEquals(9, of(rows, DataSet.Organization.class).stream().map(DataSet.Organization::slug).distinct().count());
        Set<String> unitNumbers = of(rows, DataSet.Unit.class).stream().map(u -> u.buildingId() + "/" + u.unitNumber())
                .collect(Collectors.toSet());
        assertEquals(570, unitNumbers.size());
        Map<UUID, Long> ownerEmails = of(rows, DataSet.Owner.class).stream()
                .collect(Collectors.groupingBy(DataSet.Owner::organizationId, Collectors.counting()));
        ownerEmails.forEach((organization, count) -> assertEquals(count, of(rows, DataSet.Owner.class).stream()
                .filter(o -> o.organizationId().equals(organization)).map(DataSet.Owner::email).distinct().count()));
        Set<UUID> ids = rows.stream().map(DataSet.Row::id).collect(Collectors.toSet());
        assertEquals(rows.size(), ids.size(), "ids are unique");
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        assertEquals(rows(SeedKind.REALISTIC, 2, 42), rows(SeedKind.REALISTIC, 2, 42));
        assertNotEquals(rows(SeedKind.REALISTIC, 1, 42), rows(SeedKind.REALISTIC, 1, 43));
        // copy 1 does not depend on how many copies follow
        assertEquals(rows(SeedKind.REALISTIC, 1, 42), rows(SeedKind.REALISTIC, 2, 42).subList(0,
                rows(SeedKind.REALISTIC, 1, 42).size()));
    }

    @Test
    void demoWorldHoldsKoproGosAccountsAndShares() {
        List<DataSet.Row> rows = rows(SeedKind.DEMO, 1, 42);
        assertEquals(3, of(rows, DataSet.Organization.class).size());
        assertTrue(of(rows, DataSet.User.class).stream().anyMatch(u -> u.email().equals("syndic@grandplace.be")
                && u.passwordHash().equals("hash of syndic123") && u.role().equals("syndic")));
        assertTrue(of(rows, DataSet.User.class).stream().anyMatch(u -> u.email().equals("comptable@grandplace.be")
                && u.role().equals("accountant")));
        assertEquals(2, of(rows, DataSet.User.class).stream().filter(u -> u.role().equals("owner")).count());
        assertEquals(2, of(rows, DataSet.Owner.class).stream().filter(o -> o.userId() != null).count());
        assertEquals(4, of(rows, DataSet.Unit.class).size());
        assertEquals(4, of(rows, DataSet.Expense.class).size());
        Map<UUID, List<String>> splits = of(rows, DataSet.Share.class).stream().collect(Collectors.groupingBy(
                DataSet.Share::unitId, Collectors.mapping(s -> s.fraction().stripTrailingZeros().toPlainString(),
                        Collectors.toList())));
        assertEquals(Set.of(List.of("1"), List.of("0.6", "0.4"), List.of("0.5", "0.3", "0.2")),
                new HashSet<>(splits.values()));
    }

    /** {@link WorldWriter} writes a world in sets as it comes: a row's parents must have come before it. */
    @Test
    void everyRowComesAfterTheRowsItRefersTo() {
        for (SeedKind kind : SeedKind.values()) {
            Set<UUID> seen = new HashSet<>();
            for (DataSet.Row row : rows(kind, 2, 5)) {
                for (UUID parent : parents(row)) {
                    assertTrue(seen.contains(parent), kind + ": " + row + " comes before " + parent);
                }
                seen.add(row.id());
            }
        }
    }

    @Test
    void expensesCarryTheFieldsOfTheirWorkflowStep() {
        List<DataSet.Expense> expenses = new ArrayList<>(of(rows(SeedKind.REALISTIC, 3, 42), DataSet.Expense.class));
        expenses.addAll(of(rows(SeedKind.DEMO, 1, 42), DataSet.Expense.class));
        Set<String> steps = new HashSet<>();
        for (DataSet.Expense e : expenses) {
            String step = e.approvalStatus();
            steps.add(step);
            assertEquals(step.equals("draft"), e.submittedAt() == null, e.toString());
            assertEquals(step.equals("approved"), e.approvedBy() != null && e.approvedAt() != null, e.toString());
            assertEquals(step.equals("rejected"), e.rejectionReason() != null, e.toString());
            assertEquals(paid(e), e.paidDate() != null, e.toString());
            assertTrue(!paid(e) || step.equals("approved"), "paid once approved: " + e);
        }
        assertEquals(Set.of("draft", "pending_approval", "approved", "rejected"), steps);
    }

    private static List<UUID> parents(DataSet.Row row) {
        if (row instanceof DataSet.User u) {
            return List.of(u.organizationId());
        } else if (row instanceof DataSet.Building b) {
            return List.of(b.organizationId());
        } else if (row instanceof DataSet.Unit u) {
            return List.of(u.organizationId(), u.buildingId());
        } else if (row instanceof DataSet.Owner o) {
            return o.userId() == null ? List.of(o.organizationId()) : List.of(o.organizationId(), o.userId());
        } else if (row instanceof DataSet.Share s) {
            return List.of(s.organizationId(), s.unitId(), s.buildingId(), s.ownerId());
        } else if (row instanceof DataSet.Expense e) {
            return e.approvedBy() == null ? List.of(e.organizationId(), e.buildingId())
                    : List.of(e.organizationId(), e.buildingId(), e.approvedBy());
        }
        return List.of();
    }

    private static boolean paid(DataSet.Expense expense) {
        return expense.paymentStatus().equals("paid");
    }
}
