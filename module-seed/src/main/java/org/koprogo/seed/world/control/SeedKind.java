package org.koprogo.seed.world.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.koprogo.core.data.boundary.DataSet;

/** The data sets module-seed plants, by the name clients use in {@code /api/v1/seed/{kind}}. */
public enum SeedKind {

    DEMO {
        @Override
        void write(int scale, long seed, LocalDate today, UnaryOperator<String> passwordHashes,
                   Consumer<DataSet.Row> out) {
            new DemoWorld(passwordHashes, out).write();
        }
    },
    REALISTIC {
        @Override
        void write(int scale, long seed, LocalDate today, UnaryOperator<String> passwordHashes,
                   Consumer<DataSet.Row> out) {
            new RealisticWorld(seed, today, passwordHashes).write(scale, out);
        }

        @Override
        public boolean scales() {
            return true;
        }
    };

    /**
     * Emits the world's rows, each after those it refers to; users get their password's hash; {@code today} is
     * the day the world is planted, for what is dated relative to it (coming and past meetings).
     */
    abstract void write(int scale, long seed, LocalDate today, UnaryOperator<String> passwordHashes,
                        Consumer<DataSet.Row> out);

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
