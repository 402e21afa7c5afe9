package org.koprogo.load.documents;

import java.util.List;
import java.util.function.ToLongFunction;

import org.koprogo.load.sample.DiskIo;
import org.koprogo.load.sample.PhaseMeter;

/**
 * The figures of one phase (a round's concurrent uploads, or its downloads): throughput over the phase's wall
 * time (MB = 10^6 bytes), each transfer's latency, the generator's own CPU (it shares the machine), how long
 * tasks waited for a CPU, and what the server's processes did meanwhile. Server figures /proc could not give are null.
 */
record PhaseFigures(String phase, int round, int transfers, int failed, long bytes, double seconds,
                    double megabytesPerSecond, double latencyMedianMs, double latencyMaxMs, double clientCpuPercent,
                    Double cpuPressurePercent, Double appCpuPercent, Double appRssPeakMb, Double dbCpuPercent,
                    Double dbWrittenMbPerSecond, Double dbReadMbPerSecond) {

    private static final double MEGABYTE = 1_000_000;

    /** {@code clientCpuNanos}: the generator's own CPU over the phase, which shares the machine with the server. */
    static PhaseFigures of(String phase, int round, int expectedStatus, List<Transfer> transfers, long wallNanos,
                           long clientCpuNanos, PhaseMeter.Figures server) {
        double seconds = wallNanos / 1e9;
        long bytes = transfers.stream().mapToLong(Transfer::bytes).sum();
        double[] latencies = transfers.stream().mapToDouble(each -> each.nanos() / 1e6).sorted().toArray();
        return new PhaseFigures(phase, round, transfers.size(),
                (int) transfers.stream().filter(each -> !each.succeeded(expectedStatus)).count(), bytes, seconds,
                bytes / MEGABYTE / seconds, median(latencies), latencies.length == 0 ? 0 : latencies[latencies.length - 1],
                100.0 * clientCpuNanos / wallNanos, server.cpuPressurePercent(), server.appCpuPercent(), server.appRssPeakMb(),
                server.dbCpuPercent(), rate(server.dbIo(), DiskIo::writeBytes, seconds),
                rate(server.dbIo(), DiskIo::readBytes, seconds));
    }

    /** The median of the phases' MB/s: rounds vary on a shared machine, and one slow round should not move it. */
    static double medianThroughput(List<PhaseFigures> phases) {
        return median(phases.stream().mapToDouble(PhaseFigures::megabytesPerSecond).sorted().toArray());
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Double rate(DiskIo io, ToLongFunction<DiskIo> bytes, double seconds) {
        return io == null ? null : bytes.applyAsLong(io) / MEGABYTE / seconds;
    }
}
