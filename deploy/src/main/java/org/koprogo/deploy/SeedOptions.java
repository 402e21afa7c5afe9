package org.koprogo.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's seed options, turned into the configuration keys module-seed reads at start-up:
 * {@code --seed demo|realistic}, {@code --seed-scale N}, {@code --seed-value N}, {@code --seed-replace},
 * {@code --seed-delete}. Every other argument is Payara Micro's.
 */
final class SeedOptions {

    private static final Map<String, String> WITH_VALUE = Map.of(
            "--seed", "KOPROGO_SEED",
            "--seed-scale", "KOPROGO_SEED_SCALE",
            "--seed-value", "KOPROGO_SEED_VALUE");
    private static final Map<String, String> FLAGS = Map.of(
            "--seed-replace", "KOPROGO_SEED_REPLACE",
            "--seed-delete", "KOPROGO_SEED_DELETE");

    private SeedOptions() {
    }

    /** Sets a system property per seed option (they rank above environment variables) and returns the rest. */
    static List<String> apply(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (FLAGS.containsKey(arg)) {
                System.setProperty(FLAGS.get(arg), "true");
            } else if (WITH_VALUE.containsKey(arg)) {
                if (i + 1 == args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(arg + " needs a value, e.g. --seed realistic --seed-scale 10");
                }
                System.setProperty(WITH_VALUE.get(arg), args.get(++i));
            } else {
                rest.add(arg);
            }
        }
        return rest;
    }
}
