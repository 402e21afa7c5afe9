package org.koprogo.load.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.koprogo.load.result.RunResult;

/**
 * CPU samples grouped by stack, in the collapsed format flame graph tools share: one line per distinct stack,
 * its frames outermost first joined by {@code ;}, a space and the number of samples that caught it.
 */
public final class CollapsedStacks {

    private static final String SEPARATOR = ";";
    /** Most samples first, ties by name so that the order never depends on a hash. */
    private static final Comparator<Map.Entry<String, Long>> MOST_FIRST =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final Map<String, Long> samplesByStack = new HashMap<>();
    private long total;

    /** Counts samples of one stack, outermost frame first. */
    public void add(List<String> framesOutermostFirst, long samples) {
        if (framesOutermostFirst.isEmpty() || samples <= 0) {
            return;
        }
        samplesByStack.merge(String.join(SEPARATOR, framesOutermostFirst), samples, Long::sum);
        total += samples;
    }

    public long total() {
        return total;
    }

    /** Every stack, outermost frame first, with its samples. */
    public Map<List<String>, Long> stacks() {
        Map<List<String>, Long> stacks = new HashMap<>();
        samplesByStack.forEach((stack, samples) -> stacks.put(List.of(stack.split(SEPARATOR)), samples));
        return stacks;
    }

    /**
     * The frames that took most samples themselves, at most {@code limit}; total counts a sample once for each
     * frame on its stack, however often a recursion repeats it.
     */
    public List<RunResult.Frame> topFrames(int limit) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> onStack = new HashMap<>();
        stacks().forEach((frames, samples) -> {
            self.merge(frames.get(frames.size() - 1), samples, Long::sum);
            Set<String> counted = new HashSet<>(frames);
            counted.forEach(frame -> onStack.merge(frame, samples, Long::sum));
        });
        return self.entrySet().stream()
                .sorted(MOST_FIRST)
                .limit(limit)
                .map(entry -> frame(entry.getKey(), entry.getValue(), onStack.get(entry.getKey())))
                .toList();
    }

    /** The collapsed text, stacks in alphabetical order so that two runs' files diff well. */
    public String text() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(samplesByStack).forEach((stack, samples) -> text.append(stack).append(' ').append(samples)
                .append('\n'));
        return text.toString();
    }

    /** @throws IllegalArgumentException naming the line that is not {@code frames count} */
    public static CollapsedStacks parse(String text) {
        CollapsedStacks stacks = new CollapsedStacks();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                stacks.add(List.of(line.substring(0, space).split(SEPARATOR)),
                        Long.parseLong(line.substring(space + 1)));
            } catch (RuntimeException malformed) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not 'frame;frame count': " + line,
                        malformed);
            }
        }
        return stacks;
    }

    private RunResult.Frame frame(String name, long selfSamples, long totalSamples) {
        return new RunResult.Frame(name, selfSamples, percent(selfSamples), totalSamples, percent(totalSamples));
    }

    private double percent(long samples) {
        return total == 0 ? 0 : Math.round(10_000.0 * samples / total) / 100.0;
    }
}
