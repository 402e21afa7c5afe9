package org.koprogo.seed.world.boundary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.koprogo.seed.world.control.Seeding;

/**
 * What a seeding did. {@code action} is "created", or "replaced" when data of that kind was there and the caller
 * asked to replace it; {@code sign_in} gives the first accounts of the world. {@code success} and
 * {@code message} are what KoproGo's web client shows after seeding.
 */
public record SeedReport(boolean success, String message, String kind, int scale, long seed, String action,
                         int organizations, Map<String, Long> rows, long totalRows, double seconds,
                         long rowsPerSecond, List<Seeding.Account> signIn) {

    static SeedReport of(Seeding seeding) {
        String action = seeding.replaced() ? "replaced" : "created";
        return new SeedReport(true, message(seeding), seeding.kind().wireName(), seeding.scale(),
                seeding.seed(), action, seeding.organizations(), seeding.rows(), seeding.totalRows(),
                Math.round(seeding.seconds() * 100) / 100.0, seeding.rowsPerSecond(), seeding.signIn());
    }

    /** "Seeded demo data: 3 organizations, 40 rows. Sign in as syndic@grandplace.be / syndic123 (syndic), …" */
    private static String message(Seeding seeding) {
        String accounts = seeding.signIn().stream()
                .map(account -> account.email() + " / " + account.password() + " (" + account.role() + ")")
                .collect(Collectors.joining(", "));
        return (seeding.replaced() ? "Replaced " : "Seeded ") + seeding.kind().wireName() + " data: "
                + seeding.organizations() + " organizations, " + seeding.totalRows() + " rows."
                + (accounts.isEmpty() ? "" : " Sign in as " + accounts + ".");
    }
}
