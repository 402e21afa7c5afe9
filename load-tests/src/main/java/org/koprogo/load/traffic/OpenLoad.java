package org.koprogo.load.traffic;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

/**
 * The open model: requests are due at a fixed rate whatever the server does, and a request's latency runs from
 * when it was due, so time spent waiting for a free connection counts (no coordinated omission). The schedule
 * is a counter of slots: slot n is due n / rate seconds after the start; each free user claims the next slot
 * and sleeps until it is due, or sends at once if it is already late.
 */
public final class OpenLoad implements Load {

    /** Slots still unsent this long after the end are dropped: the server fell too far behind to catch up. */
    public static final int DRAIN_SECONDS = 10;

    private final double ratePerSecond;
    private final int seconds;
    private final Mix mix;

    public OpenLoad(double ratePerSecond, int seconds, Mix mix) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.seconds = seconds;
        this.mix = mix;
    }

    @Override
    public long run(List<VirtualUser> users, long startNanos, Recorder recorder) throws InterruptedException {
        long slots = Math.round(ratePerSecond * seconds);
        double nanosPerSlot = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long giveUpNanos = startNanos + TimeUnit.SECONDS.toNanos(seconds + DRAIN_SECONDS);
        AtomicLong nextSlot = new AtomicLong();
        LongAdder dropped = new LongAdder();
        UserThreads.runEach(users, (index, user) -> {
            RandomGenerator random = ThreadLocalRandom.current();
            long slot;
            while ((slot = nextSlot.getAndIncrement()) < slots) {
                long due = startNanos + Math.round(slot * nanosPerSlot);
                UserThreads.sleepUntil(due);
                if (System.nanoTime() - giveUpNanos > 0) {
                    dropped.increment();
                } else {
                    user.perform(mix.pick(random), due, recorder);
                }
            }
        });
        return dropped.sum();
    }
}
