package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random choices of a world, all from one seeded generator: the same seed gives the same world, ids
 * included.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A version-4 UUID from this generator rather than from SecureRandom. */
    UUID id() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    BigDecimal decimal(double low, double high, int scale) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(scale, RoundingMode.HALF_UP);
    }
}
