package org.koprogo.load.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.koprogo.load.result.RunResult;

/** Which routes virtual users call and how often: integer weights, drawn at random for every request. */
public final class Mix {

    /** A syndic's day as KoproGo's own realistic load test weighs it: mostly lists, one request in five a creation. */
    public static final Mix REALISTIC = new Mix(List.of(
            new Weighted(Route.LIST_BUILDINGS, 30),
            new Weighted(Route.LIST_UNITS, 20),
            new Weighted(Route.LIST_OWNERS, 12),
            new Weighted(Route.LIST_EXPENSES, 10),
            new Weighted(Route.HEALTH, 5),
            new Weighted(Route.LIST_MEETINGS, 3),
            new Weighted(Route.CREATE_EXPENSE, 8),
            new Weighted(Route.CREATE_OWNER, 5),
            new Weighted(Route.CREATE_UNIT, 3),
            new Weighted(Route.CREATE_MEETING, 4)));

    /**
     * The realistic mix with accounts and share grants in the meetings' places, as the kit ran it before meetings
     * were served: still 80/20, and comparable with the runs of that time.
     */
    public static final Mix SHARES = REALISTIC.replacing(Route.LIST_MEETINGS, Route.LIST_ACCOUNTS)
            .replacing(Route.CREATE_MEETING, Route.GRANT_SHARE);

    /** The cheapest route alone: the yardstick the realistic mix's throughput is divided by (issue 17). */
    public static final Mix HEALTH = new Mix(List.of(new Weighted(Route.HEALTH, 1)));

    public record Weighted(Route route, int weight) {
    }

    private final List<Weighted> entries;
    private final int[] cumulative;

    public Mix(List<Weighted> entries) {
        this.entries = List.copyOf(entries);
        this.cumulative = new int[entries.size()];
        int sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            sum += entries.get(i).weight();
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("a mix needs a positive total weight");
        }
    }

    /** The reads only, in their proportions. */
    public Mix readsOnly() {
        return new Mix(entries.stream().filter(e -> !e.route().writes()).toList());
    }

    /**
     * The same routes with the writes making {@code writePercent} % of requests; the proportions inside the
     * reads and inside the writes stay. Weights stay integers: reads are scaled by the writes' total and
     * writes by the reads', each times its share, then all divided by their common divisor.
     */
    public Mix withWritePercent(int writePercent) {
        int reads = total(false);
        int writes = total(true);
        if (writePercent <= 0 || writePercent >= 100 || reads == 0 || writes == 0) {
            throw new IllegalArgumentException("a mix of reads and writes takes a write percent within 1..99");
        }
        List<Weighted> scaled = entries.stream().map(e -> new Weighted(e.route(), e.weight()
                * (e.route().writes() ? writePercent * reads : (100 - writePercent) * writes))).toList();
        int divisor = scaled.stream().mapToInt(Weighted::weight).reduce(0, Mix::gcd);
        return new Mix(scaled.stream().map(e -> new Weighted(e.route(), e.weight() / divisor)).toList());
    }

    /** The same weights, {@code replacement} taking {@code route}'s place and weight. */
    public Mix replacing(Route route, Route replacement) {
        if (route.writes() != replacement.writes()) {
            throw new IllegalArgumentException("a read replaces a read and a write a write: " + route.label()
                    + " by " + replacement.label());
        }
        return new Mix(entries.stream().map(e -> e.route() == route ? new Weighted(replacement, e.weight()) : e)
                .toList());
    }

    public boolean writes() {
        return total(true) > 0;
    }

    /** Whether its users must sign in first: a mix of public routes only needs none. */
    public boolean needsSignIn() {
        return entries.stream().anyMatch(e -> e.route().needsToken());
    }

    public Route pick(RandomGenerator random) {
        int draw = random.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (cumulative[i] <= draw) {
            i++;
        }
        return entries.get(i).route();
    }

    public List<RunResult.MixEntry> describe() {
        List<RunResult.MixEntry> described = new ArrayList<>();
        for (Weighted entry : entries) {
            described.add(new RunResult.MixEntry(entry.route().method(), entry.route().template(), entry.weight()));
        }
        return described;
    }

    private int total(boolean writes) {
        return entries.stream().filter(e -> e.route().writes() == writes).mapToInt(Weighted::weight).sum();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
