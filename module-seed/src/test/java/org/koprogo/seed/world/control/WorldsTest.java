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

class WorldsTest {

    private static List<Row> rows(SeedKind kind, int scale, long seed) {
        List<Row> rows = new ArrayList<>();
        kind.write(scale, seed, rows::add);
        return rows;
    }

    private static <R extends Row> List<R> of(List<Row> rows, Class<R> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void realisticWorldHasTheReferenceSizes() {
        List<Row> rows = rows(SeedKind.REALISTIC, 1, 42);
        assertEquals(3, of(rows, Row.Organization.class).size());
        assertEquals(List.of("admin@small.be", "admin@medium.be", "admin@large.be"),
                of(rows, Row.User.class).stream().map(Row.User::email).toList());
        assertEquals(23, of(rows, Row.Building.class).size());
        assertEquals(190, of(rows, Row.Unit.class).size());
        assertEquals(126, of(rows, Row.Owner.class).size());
        List<Row.Expense> expenses = of(rows, Row.Expense.class);
        assertEquals(60, expenses.size());
        long approvedAndPaid = expenses.stream().filter(e -> e.paid() && e.approvalStatus().equals("approved")).count();
        assertTrue(approvedAndPaid >= 30 && approvedAndPaid <= 54, "about 70 % approved and paid: " + approvedAndPaid);
        assertTrue(expenses.stream().noneMatch(e -> e.paid() && !e.approvalStatus().equals("approved")));
    }

    @Test
    void quotasFillEachBuildingAndSharesEachUnit() {
        List<Row> rows = rows(SeedKind.REALISTIC, 2, 7);
        Map<UUID, BigDecimal> quotas = of(rows, Row.Unit.class).stream().collect(Collectors.groupingBy(
                Row.Unit::buildingId, Collectors.reducing(BigDecimal.ZERO, Row.Unit::quota, BigDecimal::add)));
        assertEquals(46, quotas.size());
        quotas.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.valueOf(1000)), sum.toString()));

        List<Row.Share> shares = of(rows, Row.Share.class);
        Map<UUID, BigDecimal> held = shares.stream().collect(Collectors.groupingBy(Row.Share::unitId,
                Collectors.reducing(BigDecimal.ZERO, Row.Share::fraction, BigDecimal::add)));
        assertEquals(380, held.size(), "every unit is held");
        held.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.ONE), sum.toString()));
        Set<String> pairs = shares.stream().map(s -> s.unitId() + "/" + s.ownerId()).collect(Collectors.toSet());
        assertEquals(shares.size(), pairs.size(), "one share per owner and unit");
        Set<UUID> holders = shares.stream().map(Row.Share::ownerId).collect(Collectors.toSet());
        assertEquals(of(rows, Row.Owner.class).stream().map(Row.Owner::id).collect(Collectors.toSet()), holders,
                "every owner holds a unit");
        assertTrue(shares.size() > held.size(), "some units are co-owned");
    }

    @Test
    void namesAndNumbersStayUniqueAcrossCopies() {
        List<Row> rows = rows(SeedKind.REALISTIC, 3, 1);
        List<String> emails = of(rows, Row.User.class).stream().map(Row.User::email).toList();
        assertEquals(9, new HashSet<>(emails).size());
        assertTrue(emails.contains("admin@large-3.be"));
        assertEquals(9, of(rows, Row.Organization.class).stream().map(Row.Organization::slug).distinct().count());
        Set<String> unitNumbers = of(rows, Row.Unit.class).stream().map(u -> u.buildingId() + "/" + u.number())
                .collect(Collectors.toSet());
        assertEquals(570, unitNumbers.size());
        Map<UUID, Long> ownerEmails = of(rows, Row.Owner.class).stream()
                .collect(Collectors.groupingBy(Row.Owner::organizationId, Collectors.counting()));
        ownerEmails.forEach((organization, count) -> assertEquals(count, of(rows, Row.Owner.class).stream()
                .filter(o -> o.organizationId().equals(organization)).map(Row.Owner::email).distinct().count()));
        Set<UUID> ids = rows.stream().map(WorldsTest::id).collect(Collectors.toSet());
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
        List<Row> rows = rows(SeedKind.DEMO, 1, 42);
        assertEquals(3, of(rows, Row.Organization.class).size());
        assertTrue(of(rows, Row.User.class).stream().anyMatch(u -> u.email().equals("syndic@grandplace.be")
                && u.password().equals("syndic123") && u.role().equals("syndic")));
        assertTrue(of(rows, Row.User.class).stream().anyMatch(u -> u.email().equals("comptable@grandplace.be")
                && u.role().equals("accountant")));
        assertEquals(2, of(rows, Row.User.class).stream().filter(u -> u.role().equals("owner")).count());
        assertEquals(2, of(rows, Row.Owner.class).stream().filter(o -> o.userId() != null).count());
        assertEquals(4, of(rows, Row.Unit.class).size());
        assertEquals(4, of(rows, Row.Expense.class).size());
        Map<UUID, List<String>> splits = of(rows, Row.Share.class).stream().collect(Collectors.groupingBy(
                Row.Share::unitId, Collectors.mapping(s -> s.fraction().stripTrailingZeros().toPlainString(),
                        Collectors.toList())));
        assertEquals(Set.of(List.of("1"), List.of("0.6", "0.4"), List.of("0.5", "0.3", "0.2")),
                new HashSet<>(splits.values()));
    }

    private static UUID id(Row row) {
        if (row instanceof Row.Organization r) {
            return r.id();
        } else if (row instanceof Row.User r) {
            return r.id();
        } else if (row instanceof Row.Building r) {
            return r.id();
        } else if (row instanceof Row.Unit r) {
            return r.id();
        } else if (row instanceof Row.Owner r) {
            return r.id();
        } else if (row instanceof Row.Share r) {
            return r.id();
        }
        return ((Row.Expense) row).id();
    }
}
