package org.koprogo.seed.world.control;

import java.time.OffsetDateTime;

/** A seed whose data is in the database now. */
public record PresentSeed(String kind, int scale, long seed, int organizations, OffsetDateTime createdAt) {
}
