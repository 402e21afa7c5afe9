package org.koprogo.load.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The session's Markdown: the targets side by side, then each configuration's rounds and warm-up curve. */
final class TargetTable {

    private TargetTable() {
    }

    /** One row per target: each configuration's figure, the target, and whether each met it ("yes / no"). */
    static String targets(List<TargetsResult.ConfigurationResult> configurations) {
        List<String> header = new ArrayList<>(List.of(""));
        configurations.forEach(c -> header.add(c.label()));
        header.add("target");
        header.add("met?");
        StringBuilder table = new StringBuilder(row(header)).append(rule(header.size()));
        for (Target target : Target.values()) {
            List<String> cells = new ArrayList<>(List.of(target.measure()));
            configurations.forEach(c -> cells.add(target.figure(c.figures())));
            cells.add(target.bound());
            cells.add(configurations.stream().map(c -> target.verdict(c.figures())).filter(v -> !v.isEmpty())
                    .collect(Collectors.joining(" / ")));
            table.append(row(cells));
        }
        return table.toString();
    }

    /** The ratio rounds: both throughputs, the ratio, errors and the app's RSS during the realistic half. */
    static String rounds(TargetsResult.ConfigurationResult configuration) {
        List<String> header = List.of("round", "health req/s", "realistic req/s", "ratio", "errors",
                "app RSS median / max (MB)");
        StringBuilder table = new StringBuilder(row(header)).append(rule(header.size()));
        for (TargetsResult.Round round : configuration.rounds()) {
            Figures.Memory rss = Figures.Memory.of(round.realistic().appRssMb());
            table.append(row(List.of(Integer.toString(round.round()), Target.count(round.health().throughput()),
                    Target.count(round.realistic().throughput()), Target.decimal(round.ratio(), 3),
                    Long.toString(round.health().errors() + round.realistic().errors()),
                    rss.max() == null ? "—" : Target.count(rss.median()) + " / " + Target.count(rss.max()))));
        }
        return table.toString();
    }

    /** Requests per second in each 10 s after ready, as a share of the steady throughput too. */
    static String warmup(TargetsResult.ConfigurationResult configuration) {
        List<String> header = List.of("s after ready", "req/s", "of steady");
        StringBuilder table = new StringBuilder(row(header)).append(rule(header.size()));
        double steady = configuration.figures().medianRealisticPerSecond();
        List<Double> windows = configuration.warmup().perTenSeconds();
        for (int i = 0; i < windows.size(); i++) {
            int from = i * WarmupCurve.WINDOW_SECONDS;
            table.append(row(List.of(from + "–" + (from + WarmupCurve.WINDOW_SECONDS), Target.count(windows.get(i)),
                    steady == 0 ? "—" : Target.percent(windows.get(i) / steady))));
        }
        return table.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String rule(int columns) {
        return "|" + "---|".repeat(columns) + "\n";
    }
}
