package org.koprogo.load.sample;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.koprogo.load.metrics.ServerRoutes;
import org.koprogo.load.result.RunResult;

/** Each instance's row of a run behind a load balancer: its samples summed up and its own {@code /metrics}. */
public final class InstanceFigures {

    private InstanceFigures() {
    }

    /**
     * @param readings each instance's {@code /metrics} before and after, in the order of {@code names}; a null
     *                 reading (the instance was down when read) gives no server figures
     */
    public static List<RunResult.Instance> of(List<String> names, List<RunResult.Sample> samples,
                                              List<ServerRoutes.Reading> readings) {
        List<RunResult.Instance> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            DoubleSummaryStatistics cpu = new DoubleSummaryStatistics();
            DoubleSummaryStatistics rss = new DoubleSummaryStatistics();
            Set<Long> pids = new LinkedHashSet<>();
            for (RunResult.Sample sample : samples) {
                if (sample.instances() == null) {
                    continue;
                }
                sample.instances().stream().filter(each -> each.instance().equals(name)).forEach(each -> {
                    if (each.cpuPercent() != null) {
                        cpu.accept(each.cpuPercent());
                    }
                    if (each.rssMb() != null) {
                        rss.accept(each.rssMb());
                    }
                    if (each.pid() != null) {
                        pids.add(each.pid());
                    }
                });
            }
            ServerRoutes.Reading reading = readings.get(i);
            ServerRoutes.Total served = reading == null ? null : ServerRoutes.total(reading);
            rows.add(new RunResult.Instance(name, cpu.getCount() == 0 ? null : cpu.getAverage(),
                    cpu.getCount() == 0 ? null : cpu.getMax(), rss.getCount() == 0 ? null : rss.getMax(),
                    List.copyOf(pids), served == null ? null : served.count(), served == null ? null : served.p99Ms()));
        }
        return rows;
    }

    /** The readings of the instances that answered both times, for the run's merged server routes. */
    public static List<ServerRoutes.Reading> answered(List<ServerRoutes.Reading> readings) {
        return readings.stream().filter(Objects::nonNull).toList();
    }
}
