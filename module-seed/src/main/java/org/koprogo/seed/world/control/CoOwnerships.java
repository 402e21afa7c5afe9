package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.koprogo.core.data.boundary.DataSet;

/**
 * One syndic's buildings with their units (quotas summing to the building's 1000 tantièmes), owners, shares
 * (summing to 100 % per unit; most units have one owner, some two or three; all held since 2020 at the latest,
 * before any assembly of a world planted from 2024 on), a year of expenses, 70 % approved and paid, and each
 * building's general assemblies ({@link Assemblies}).
 */
final class CoOwnerships {

    private static final int TANTIEMES = 1000;

    private record Spending(String category, String description, String accountCode, List<String> suppliers,
                            double low, double high) {
    }

    private static final List<Spending> SPENDING = List.of(
            new Spending("maintenance", "Entretien ascenseur", "611002", List.of("Schindler", "Kone Belgium"), 300, 2500),
            new Spending("maintenance", "Entretien chauffage central", "611003", List.of("Vaillant Service", "Engie Home Services"), 200, 1800),
            new Spending("utilities", "Électricité des communs", "604001", List.of("Engie", "Luminus"), 150, 1200),
            new Spending("utilities", "Eau", "604002", List.of("Vivaqua", "SWDE", "De Watergroep"), 100, 900),
            new Spending("insurance", "Assurance incendie immeuble", "615001", List.of("AG Insurance", "Ethias", "AXA Belgium"), 1200, 6000),
            new Spending("cleaning", "Nettoyage des parties communes", "611005", List.of("ISS Facility Services", "Clean Team SRL"), 250, 1500),
            new Spending("administration", "Honoraires du syndic", "613001", List.of("Syndic"), 500, 3000),
            new Spending("repairs", "Réparation de la toiture", "611001", List.of("Toitures Lambert SRL", "Dakwerken Maes"), 800, 9000),
            new Spending("works", "Rénovation de la façade", "611001", List.of("Bâtiments Dumont SA", "Renovatie Peeters"), 5000, 25000));

    private final UUID organizationId;
    private final UUID syndicId;
    private final LocalDate today;
    private final Draw draw;
    private final Consumer<DataSet.Row> out;
    private final List<DataSet.Building> buildings = new ArrayList<>();
    private final List<DataSet.Unit> units = new ArrayList<>();
    private final List<UUID> owners = new ArrayList<>();
    /** Each building's co-owners with the quotas they hold there, Σ(unit quota × share fraction). */
    private final Map<UUID, Map<UUID, BigDecimal>> coOwnersByBuilding = new HashMap<>();

    /** @param today the day the world is planted, around which its meetings are dated */
    CoOwnerships(UUID organizationId, UUID syndicId, LocalDate today, Draw draw, Consumer<DataSet.Row> out) {
        this.organizationId = organizationId;
        this.syndicId = syndicId;
        this.today = today;
        this.draw = draw;
        this.out = out;
    }

    void write(int buildingCount, int unitCount, int ownerCount, int expenseCount) {
        for (int b = 0; b < buildingCount; b++) {
            // the units spread evenly, the first buildings taking the remainder
            int unitsHere = unitCount / buildingCount + (b < unitCount % buildingCount ? 1 : 0);
            building(unitsHere);
        }
        for (int o = 0; o < ownerCount; o++) {
            owner(o);
        }
        for (int u = 0; u < units.size(); u++) {
            shares(units.get(u), u);
        }
        for (int e = 0; e < expenseCount; e++) {
            expense(e);
        }
        // drawn last, so that the rows before keep the ids they had before meetings were seeded
        Assemblies assemblies = new Assemblies(organizationId, today, draw, out);
        for (DataSet.Building building : buildings) {
            assemblies.write(building, coOwnersByBuilding.get(building.id()));
        }
    }

    private void building(int unitCount) {
        BelgianNames.City city = draw.pick(BelgianNames.CITIES);
        DataSet.Building building = new DataSet.Building(draw.id(), organizationId,
                "Résidence " + draw.pick(BelgianNames.RESIDENCES), address(), city.name(), city.postalCode(),
                BelgianNames.COUNTRY, unitCount, TANTIEMES, draw.between(1950, 2022));
        out.accept(building);
        buildings.add(building);
        List<DataSet.Unit> here = new ArrayList<>();
        List<BigDecimal> surfaces = new ArrayList<>();
        int perFloor = Math.max(2, unitCount / 4);
        for (int u = 0; u < unitCount; u++) {
            String type = u == 0 && unitCount > 8 ? "commercial"
                    : u >= unitCount - unitCount / 8 ? (u % 2 == 0 ? "parking" : "cellar") : "apartment";
            int floor = type.equals("apartment") ? 1 + u / perFloor : type.equals("commercial") ? 0 : -1;
            BigDecimal surface = switch (type) {
                case "commercial" -> draw.decimal(60, 200, 2);
                case "parking" -> draw.decimal(12, 18, 2);
                case "cellar" -> draw.decimal(4, 12, 2);
                default -> draw.decimal(45, 140, 2);
            };
            String number = type.equals("apartment") ? String.valueOf(floor * 100 + u % perFloor + 1)
                    : type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + (u + 1);
            surfaces.add(surface);
            here.add(new DataSet.Unit(draw.id(), organizationId, building.id(), number, type, floor, surface, null));
        }
        List<BigDecimal> quotas = quotas(surfaces);
        for (int u = 0; u < here.size(); u++) {
            DataSet.Unit unit = here.get(u);
            DataSet.Unit withQuota = new DataSet.Unit(unit.id(), unit.organizationId(), unit.buildingId(),
                    unit.unitNumber(), unit.unitType(), unit.floor(), unit.surfaceArea(), quotas.get(u));
            out.accept(withQuota);
            units.add(withQuota);
        }
    }

    /** Tantièmes in proportion to the surfaces, 3 decimals, summing to exactly {@value #TANTIEMES}. */
    static List<BigDecimal> quotas(List<BigDecimal> surfaces) {
        BigDecimal total = surfaces.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> quotas = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < surfaces.size(); i++) {
            BigDecimal quota = i == surfaces.size() - 1 ? BigDecimal.valueOf(TANTIEMES).subtract(given)
                    : surfaces.get(i).multiply(BigDecimal.valueOf(TANTIEMES)).divide(total, 3, RoundingMode.DOWN);
            quotas.add(quota.setScale(3, RoundingMode.UNNECESSARY));
            given = given.add(quota);
        }
        return quotas;
    }

    private void owner(int index) {
        String first = draw.pick(BelgianNames.FIRST_NAMES);
        String last = draw.pick(BelgianNames.LAST_NAMES);
        BelgianNames.City city = draw.pick(BelgianNames.CITIES);
        UUID id = draw.id();
        out.accept(new DataSet.Owner(id, organizationId, first, last,
                BelgianNames.mailbox(first, last) + "." + (index + 1) + "@" + draw.pick(List.of("skynet.be",
                        "telenet.be", "proximus.be", "gmail.com")), RealisticWorld.phone(draw), address(),
                city.name(), city.postalCode(), BelgianNames.COUNTRY, null));
        owners.add(id);
    }

    /** Every owner holds at least one unit: unit i's first owner is owner i while owners last. */
    private void shares(DataSet.Unit unit, int index) {
        double kind = draw.fraction();
        List<String> split = kind < 0.7 ? List.of("1") : kind < 0.9
                ? draw.pick(List.of(List.of("0.6", "0.4"), List.of("0.5", "0.5")))
                : draw.pick(List.of(List.of("0.5", "0.3", "0.2"), List.of("0.4", "0.3", "0.3")));
        List<UUID> holders = new ArrayList<>();
        holders.add(index < owners.size() ? owners.get(index) : draw.pick(owners));
        while (holders.size() < split.size() && holders.size() < owners.size()) {
            UUID other = draw.pick(owners);
            if (!holders.contains(other)) {
                holders.add(other);
            }
        }
        OffsetDateTime start = LocalDate.of(draw.between(1995, 2020), draw.between(1, 12), draw.between(1, 28))
                .atStartOfDay().atOffset(ZoneOffset.UTC);
        for (int h = 0; h < holders.size(); h++) {
            // too few owners for the split: the last holder takes the rest
            BigDecimal fraction = h == holders.size() - 1
                    ? BigDecimal.ONE.subtract(split.subList(0, h).stream().map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add))
                    : new BigDecimal(split.get(h));
            out.accept(new DataSet.Share(draw.id(), organizationId, unit.id(), unit.buildingId(), holders.get(h),
                    fraction, h == 0, start));
            coOwnersByBuilding.computeIfAbsent(unit.buildingId(), building -> new TreeMap<>())
                    .merge(holders.get(h), unit.quota().multiply(fraction), BigDecimal::add);
        }
    }

    private void expense(int index) {
        Spending spending = draw.pick(SPENDING);
        DataSet.Building building = draw.pick(buildings);
        OffsetDateTime date = LocalDate.of(2025, 1, 1).plusDays(draw.between(0, 300)).atStartOfDay()
                .atOffset(ZoneOffset.UTC);
        double state = draw.fraction();
        String approval = state < 0.8 ? "approved" : state < 0.9 ? "pending_approval" : state < 0.95 ? "draft"
                : "rejected";
        boolean paid = state < 0.7;
        out.accept(StagedExpense.of(draw.id(), organizationId, building.id(), spending.category(),
                spending.description() + " - " + building.name(), draw.decimal(spending.low(), spending.high(), 2),
                date, draw.pick(spending.suppliers()), "F2025-" + String.format("%04d", index + 1),
                spending.accountCode(), approval, approval.equals("approved") ? syndicId : null, paid));
    }

    private String address() {
        return draw.pick(BelgianNames.STREETS) + " " + draw.between(1, 180);
    }
}
