package org.koprogo.load.sample;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU used by a group of processes between two readings, in % of one core. A process first seen at a reading
 * started since the previous one, so all its CPU time falls in the interval; one that ended takes its last
 * interval's time with it (short-lived backends are undercounted, not overcounted).
 */
final class CpuMeter {

    private Map<Long, Long> lastTicks = Map.of();
    private long lastNanos;

    /** Null on the first reading, and when none of the processes could be read. */
    Double percent(Collection<Long> pids) {
        long now = System.nanoTime();
        Map<Long, Long> ticks = new HashMap<>();
        for (long pid : pids) {
            Long used = ProcFiles.cpuTicks(pid);
            if (used != null) {
                ticks.put(pid, used);
            }
        }
        Double percent = null;
        if (lastNanos != 0 && !ticks.isEmpty()) {
            long delta = 0;
            for (var entry : ticks.entrySet()) {
                delta += Math.max(0, entry.getValue() - lastTicks.getOrDefault(entry.getKey(), 0L));
            }
            percent = delta / ProcFiles.TICKS_PER_SECOND / ((now - lastNanos) / 1e9) * 100;
        }
        lastTicks = ticks;
        lastNanos = now;
        return percent;
    }
}
