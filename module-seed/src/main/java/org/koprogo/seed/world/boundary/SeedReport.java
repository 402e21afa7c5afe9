package org.koprogo.seed.world.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a seeding did. {@code action} is "created", or "replaced" when data of that kind was there and the caller
 * asked to replace it; {@code sign_in} gives the first accounts of the world.
 */
public record SeedReport(String kind, int scale, long seed, String action, int organizations, Map<String, Long> rows,
                         long totalRows, double seconds, long rowsPerSecond, List<Account> signIn) {

    public record Account(String email, String password, String role) {
    }
}
