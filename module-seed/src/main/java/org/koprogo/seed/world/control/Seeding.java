package org.koprogo.seed.world.control;

import java.util.List;
import java.util.Map;

/**
 * What a seeding wrote: {@code replaced} when data of its kind was there and went first, {@code rows} by table as
 * the modules name them, {@code signIn} the world's first accounts.
 */
public record Seeding(SeedKind kind, int scale, long seed, boolean replaced, int organizations, Map<String, Long> rows,
                      long nanos, List<Account> signIn) {

    public record Account(String email, String password, String role) {
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public long rowsPerSecond() {
        return Math.round(totalRows() / Math.max(seconds(), 1e-3));
    }
}
