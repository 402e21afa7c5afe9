package org.koprogo.seed.world.boundary;

import java.util.Map;

import org.koprogo.seed.world.control.RemovedSeeds;

/** KoproGo's answer to {@code POST seed/clear}: {@code success} and a {@code message}, then what went. */
public record ClearedSeeds(boolean success, String message, long organizations, Map<String, Long> rows) {

    static ClearedSeeds of(RemovedSeeds removed) {
        String message = removed.organizations() == 0 ? "No seed data found to clear."
                : "Seed data cleared: " + removed.organizations() + " organizations removed.";
        return new ClearedSeeds(true, message, removed.organizations(), removed.rows());
    }
}
