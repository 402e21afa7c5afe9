package org.koprogo.load.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.traffic.Mix;

/** A named shape of traffic: the model, its phases (connections over time, or a rate) and the mix. */
record Scenario(String name, boolean open, List<Phase> phases, Mix mix, int defaultWarmupSeconds) {

    static final int DEFAULT_WARMUP_SECONDS = 30;
    /** The spike scenario's phases; {@link SpikeAnalysis} finds them by name. */
    static final String BASELINE = "baseline";
    static final String SPIKE = "spike";
    static final String RECOVERY = "recovery";

    private static final Map<String, Scenario> ALL = new LinkedHashMap<>();

    static {
        Mix realistic = Mix.REALISTIC;
        // The warm-up run is itself the warm-up: it measures a cold server on purpose.
        add(new Scenario("warmup", false, steady(60, 10), realistic, 0));
        add(closed("light", realistic.readsOnly(), steady(120, 10)));
        add(closed("health", Mix.HEALTH, steady(120, 10)));
        add(closed("realistic", realistic, steady(120, 10)));
        add(closed("realistic-70-30", realistic.withWritePercent(30), steady(120, 10)));
        add(closed("realistic-shares", Mix.SHARES, steady(120, 10)));
        add(closed("soak", realistic, steady(30 * 60, 10)));
        add(closed("spike", realistic, sequence(new Step(BASELINE, 30, 10), new Step(SPIKE, 30, 200),
                new Step(RECOVERY, 60, 10))));
        add(closed("heavy", realistic, steady(120, 100)));
        add(closed("progressive", realistic, sequence(new Step("5 connections", 60, 5),
                new Step("10 connections", 60, 10), new Step("20 connections", 60, 20),
                new Step("30 connections", 60, 30))));
        add(new Scenario("fixed-rate", true, List.of(new Phase("steady", 0, 120, 64, 1000.0)), realistic,
                DEFAULT_WARMUP_SECONDS));
    }

    static Scenario named(String name) {
        Scenario scenario = ALL.get(name);
        if (scenario == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'; one of " + String.join(", ",
                    ALL.keySet()));
        }
        return scenario;
    }

    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** A closed-model phase before it is placed in time. */
    record Step(String name, int seconds, int connections) {
    }

    /** The steps one after the other. */
    static List<Phase> sequence(List<Step> steps) {
        List<Phase> phases = new ArrayList<>();
        int start = 0;
        for (Step step : steps) {
            phases.add(new Phase(step.name(), start, step.seconds(), step.connections(), null));
            start += step.seconds();
        }
        return phases;
    }

    private static List<Phase> sequence(Step... steps) {
        return sequence(List.of(steps));
    }

    private static List<Phase> steady(int seconds, int connections) {
        return sequence(new Step("steady", seconds, connections));
    }

    private static Scenario closed(String name, Mix mix, List<Phase> phases) {
        return new Scenario(name, false, phases, mix, DEFAULT_WARMUP_SECONDS);
    }

    private static void add(Scenario scenario) {
        ALL.put(scenario.name(), scenario);
    }
}
