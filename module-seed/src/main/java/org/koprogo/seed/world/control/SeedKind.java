package org.koprogo.seed.world.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The data sets module-seed plants, by the name clients use in {@code /api/v1/seed/{kind}}. */
public enum SeedKind {

    DEMO {
        @Override
        void write(int scale, long seed, Consumer<Row> out) {
            new DemoWorld(out).write();
        }
    },
    REALISTIC {
        @Override
        void write(int scale, long seed, Consumer<Row> out) {
            new RealisticWorld(seed).write(scale, out);
        }

        @Override
        public boolean scales() {
            return true;
        }
    };

    abstract void write(int scale, long seed, Consumer<Row> out);

    /** Whether {@code scale} copies of the world make sense; the demo world has its one size. */
    public boolean scales() {
        return false;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SeedKind> ofWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
