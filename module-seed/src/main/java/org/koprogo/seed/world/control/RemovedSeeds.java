package org.koprogo.seed.world.control;

import java.util.Map;

/** What DELETE /api/v1/seed removed: organizations and rows by table. */
public record RemovedSeeds(long organizations, Map<String, Long> rows) {
}
