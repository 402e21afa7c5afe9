package org.koprogo.seed.world.control;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.koprogo.core.data.boundary.DataSet;

/**
 * KoproGo's realistic world: a small, a medium and a large syndic (23 buildings, 190 units, 126 owners, 60
 * expenses, each building's general assemblies in all), each with its syndic {@code admin@<size>.be} /
 * {@value #PASSWORD}; {@code scale} copies of it, the n-th (n ≥ 2) with {@code admin@<size>-<n>.be}. The same
 * seed gives the same world, its meetings dated around the day it is planted.
 */
final class RealisticWorld {

    static final String PASSWORD = "admin123";

    /** An organization of the reference world. */
    enum Size {
        SMALL("Namur", 5, 30, 20, 13, "professional"),
        MEDIUM("Liège", 8, 60, 40, 20, "professional"),
        LARGE("Bruxelles", 10, 100, 66, 27, "enterprise");

        final String city;
        final int buildings;
        final int units;
        final int owners;
        final int expenses;
        final String plan;

        Size(String city, int buildings, int units, int owners, int expenses, String plan) {
            this.city = city;
            this.buildings = buildings;
            this.units = units;
            this.owners = owners;
            this.expenses = expenses;
            this.plan = plan;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The buildings each organization may hold, past its plan's: every virtual user of a load test creates its own
     * building (200 connections over three syndics in a spike), run after run on the same seed.
     */
    static final int LOAD_TEST_BUILDINGS = 10_000;

    private final long seed;
    private final LocalDate today;
    private final UnaryOperator<String> passwordHashes;

    RealisticWorld(long seed, LocalDate today, UnaryOperator<String> passwordHashes) {
        this.seed = seed;
        this.today = today;
        this.passwordHashes = passwordHashes;
    }

    void write(int scale, Consumer<DataSet.Row> out) {
        for (int copy = 1; copy <= scale; copy++) {
            for (Size size : Size.values()) {
                // one generator per organization: copy n is the same whatever the scale
                Draw draw = new Draw(seed * 1_000_003L + copy * 3L + size.ordinal());
                writeOrganization(size, copy, draw, out);
            }
        }
    }

    private void writeOrganization(Size size, int copy, Draw draw, Consumer<DataSet.Row> out) {
        String suffix = copy == 1 ? "" : "-" + copy;
        String domain = size.label() + suffix + ".be";
        DataSet.Organization organization = new DataSet.Organization(draw.id(),
                "Syndic " + capitalized(size.label()) + " " + size.city + (copy == 1 ? "" : " #" + copy),
                "realistic-" + size.label() + suffix, "contact@" + domain, phone(draw), size.plan,
                LOAD_TEST_BUILDINGS, 50, true);
        out.accept(organization);
        DataSet.User admin = new DataSet.User(draw.id(), organization.id(), "admin@" + domain,
                passwordHashes.apply(PASSWORD),
                draw.pick(BelgianNames.FIRST_NAMES), draw.pick(BelgianNames.LAST_NAMES), "syndic");
        out.accept(admin);
        new CoOwnerships(organization.id(), admin.id(), today, draw, out).write(size.buildings, size.units,
                size.owners, size.expenses);
    }

    static String phone(Draw draw) {
        return String.format("+32 4%02d %02d %02d %02d", draw.between(70, 99), draw.between(0, 99),
                draw.between(0, 99), draw.between(0, 99));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
