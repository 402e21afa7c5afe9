package org.koprogo.load.traffic;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import org.koprogo.load.result.RunResult.Phase;

/**
 * The closed model: each active user sends its next request as soon as the previous one answered, so the
 * server's speed sets the rate. Phases change how many users are active; user i is active while i is below the
 * phase's connection count, and otherwise sleeps until the phase ends.
 */
public final class ClosedLoad implements Load {

    private final List<Phase> phases;
    private final Mix mix;

    public ClosedLoad(List<Phase> phases, Mix mix) {
        this.phases = List.copyOf(phases);
        this.mix = mix;
    }

    @Override
    public long run(List<VirtualUser> users, long startNanos, Recorder recorder) throws InterruptedException {
        int needed = phases.stream().mapToInt(Phase::connections).max().orElse(0);
        Phase last = phases.get(phases.size() - 1);
        long endNanos = startNanos + seconds(last.startSecond() + last.seconds());
        UserThreads.runEach(users.subList(0, needed), (index, user) -> {
            RandomGenerator random = ThreadLocalRandom.current();
            long now;
            while ((now = System.nanoTime()) - endNanos < 0) {
                Phase phase = phaseAt(now - startNanos);
                if (index < phase.connections()) {
                    user.perform(mix.pick(random), now, recorder);
                } else {
                    long phaseEnd = startNanos + seconds(phase.startSecond() + phase.seconds());
                    UserThreads.sleepUntil(Math.min(endNanos, phaseEnd));
                }
            }
        });
        return 0;
    }

    private Phase phaseAt(long elapsedNanos) {
        for (Phase phase : phases) {
            if (elapsedNanos < seconds(phase.startSecond() + phase.seconds())) {
                return phase;
            }
        }
        return phases.get(phases.size() - 1);
    }

    private static long seconds(int seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
