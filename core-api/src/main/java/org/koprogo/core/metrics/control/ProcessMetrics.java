package org.koprogo.core.metrics.control;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

/** The process and JVM figures an operator tuning memory and CPU watches, under Prometheus' usual names. */
@ApplicationScoped
public class ProcessMetrics {

    private static final Path STATUS = Path.of("/proc/self/status");

    public void writeTo(PrometheusText out) {
        residentMemory(out);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.family("process_cpu_seconds_total", "counter", "CPU time used by the process")
                    .sample("process_cpu_seconds_total", "", os.getProcessCpuTime() / 1e9);
        }
        out.family("process_start_time_seconds", "gauge", "Start of the process, seconds since the epoch")
                .sample("process_start_time_seconds", "", ManagementFactory.getRuntimeMXBean().getStartTime() / 1e3);
        var memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        out.family("jvm_memory_used_bytes", "gauge", "JVM memory in use by area")
                .sample("jvm_memory_used_bytes", "area=\"heap\"", heap.getUsed())
                .sample("jvm_memory_used_bytes", "area=\"nonheap\"", nonHeap.getUsed());
        out.family("jvm_memory_committed_bytes", "gauge", "JVM memory committed by area")
                .sample("jvm_memory_committed_bytes", "area=\"heap\"", heap.getCommitted())
                .sample("jvm_memory_committed_bytes", "area=\"nonheap\"", nonHeap.getCommitted());
        out.family("jvm_memory_max_bytes", "gauge", "JVM heap limit (-Xmx)")
                .sample("jvm_memory_max_bytes", "area=\"heap\"", heap.getMax());
        out.family("jvm_gc_collection_seconds", "summary", "Time spent in garbage collection by collector");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String labels = "gc=\"" + PrometheusText.escape(gc.getName()) + "\"";
            out.sample("jvm_gc_collection_seconds_count", labels, gc.getCollectionCount())
                    .sample("jvm_gc_collection_seconds_sum", labels, gc.getCollectionTime() / 1e3);
        }
        out.family("jvm_threads_current", "gauge", "Live JVM threads")
                .sample("jvm_threads_current", "", ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** The figure a container memory limit is judged by: VmRSS, which the JVM's own beans do not give. */
    private static void residentMemory(PrometheusText out) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                    out.family("process_resident_memory_bytes", "gauge", "Resident memory of the process")
                            .sample("process_resident_memory_bytes", "", kilobytes * 1024);
                    return;
                }
            }
        } catch (IOException | NumberFormatException notLinux) {
            // /proc is Linux-only: leave the figure out rather than report a wrong one
        }
    }
}
