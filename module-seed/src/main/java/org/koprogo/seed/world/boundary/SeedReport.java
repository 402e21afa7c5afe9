package org.koprogo.seed.world.boundary;

import java.util.List;
import java.util.Map;

import org.koprogo.seed.world.control.Seeding;

/**
 * What a seeding did. {@code action} is "created", or "replaced" when data of that kind was there and the caller
 * asked to replace it; {@code sign_in} gives the first accounts of the world.
 */
public record SeedReport(String kind, int scale, long seed, String action, int organizations, Map<String, Long> rows,
                         long totalRows, double seconds, long rowsPerSecond, List<Seeding.Account> signIn) {

    static SeedReport of(Seeding seeding) {
        return new SeedReport(seeding.kind().wireName(), seeding.scale(), seeding.seed(),
                seeding.replaced() ? "replaced" : "created", seeding.organizations(), seeding.rows(),
                seeding.totalRows(), Math.round(seeding.seconds() * 100) / 100.0, seeding.rowsPerSecond(),
                seeding.signIn());
    }
}
