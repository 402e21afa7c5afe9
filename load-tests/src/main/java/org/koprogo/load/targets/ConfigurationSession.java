package org.koprogo.load.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.sample.ServerSampler;
import org.koprogo.load.traffic.ClosedLoad;
import org.koprogo.load.traffic.Load;
import org.koprogo.load.traffic.Mix;
import org.koprogo.load.traffic.OpenLoad;
import org.koprogo.load.traffic.SetUpFailure;
import org.koprogo.load.traffic.VirtualUser;
import org.koprogo.load.traffic.VirtualUsers;

/**
 * One configuration's steps: a discarded start that migrates and seeds, then a fresh start timed to ready, the
 * warm-up curve from that moment, the ratio rounds, the open model at half the steady throughput, and the stop.
 */
final class ConfigurationSession {

    private final Configuration configuration;
    private final TargetsOptions options;
    private final BaseUrl server;
    private final Path dataDir;

    ConfigurationSession(Configuration configuration, TargetsOptions options, BaseUrl server) {
        this.configuration = configuration;
        this.options = options;
        this.server = server;
        this.dataDir = options.dataDir().resolve(configuration.label().toLowerCase(Locale.ROOT)).toAbsolutePath();
    }

    TargetsResult.ConfigurationResult measure() throws IOException, InterruptedException, SetUpFailure {
        Platform.wipe(dataDir);
        Files.createDirectories(dataDir);
        log("first start on %s: migrations and %s, then stopped", dataDir, String.join(" ", options.seedArgs()));
        Platform seeding = Platform.start(configuration, options.seedArgs(), dataDir, options.port(), log());
        double seedStartSeconds;
        try {
            seedStartSeconds = seeding.secondsTo(seeding.awaitReady(server));
        } finally {
            seeding.stop();
        }
        log("seeded in %.1f s; starting again, timed to ready", seedStartSeconds);
        Platform platform = Platform.start(configuration, List.of(), dataDir, options.port(), log());
        try {
            long ready = platform.awaitReady(server);
            log("ready in %.1f s", platform.secondsTo(ready));
            return measureFrom(ready, platform, seedStartSeconds);
        } finally {
            log("stopping the platform");
            platform.stop();
        }
    }

    private TargetsResult.ConfigurationResult measureFrom(long ready, Platform platform, double seedStartSeconds)
            throws InterruptedException, SetUpFailure {
        Stretch.Server sampled = new Stretch.Server(platform.pid(), platform.postmasterPid().orElse(null));
        int connections = options.connections();
        List<VirtualUser> users = new ArrayList<>();
        try {
            ServerSampler sampler = Stretch.sampling(sampled);
            try {
                users.addAll(VirtualUsers.prepare(server, options.accounts(), 1, connections, Mix.REALISTIC));
            } catch (SetUpFailure refused) {
                sampler.stop();
                throw refused;
            }
            double setUpSeconds = (System.nanoTime() - ready) / 1e9;
            log("warm-up curve: %d s of the realistic mix from ready (%.1f s of them signing in and setting up)",
                    options.warmupSeconds(), setUpSeconds);
            Stretch warm = Stretch.measure(closed(options.warmupSeconds(), Mix.REALISTIC), users, ready,
                    options.warmupSeconds(), options.warmupSeconds(), connections, sampler);
            List<TargetsResult.Round> rounds = rounds(users, sampled);
            double steady = Figures.median(rounds.stream().map(r -> r.realistic().throughput()).toList());
            if (options.openConnections() > connections) {
                users.addAll(VirtualUsers.prepare(server, options.accounts(), connections + 1,
                        options.openConnections() - connections, Mix.REALISTIC));
            }
            TargetsResult.Open open = open(users.subList(0, options.openConnections()), steady / 2, sampled);
            WarmupCurve curve = new WarmupCurve(warm.timeline().stream().map(RunResult.Second::requests).toList(),
                    steady);
            TargetsResult.Warmup warmup = new TargetsResult.Warmup(setUpSeconds, curve.perTenSeconds(),
                    curve.lastWindowWithin(), curve.secondsToShareOfSteady(), warm);
            double readySeconds = platform.secondsTo(ready);
            return new TargetsResult.ConfigurationResult(configuration.label(), configuration.jar().toString(),
                    configuration.jvmOptions(), configuration.env(), configuration.args(), seedStartSeconds,
                    readySeconds, warmup, rounds, open, Figures.of(readySeconds, curve, rounds, open));
        } finally {
            users.forEach(VirtualUser::close);
        }
    }

    /** Health then realistic on the same connections, {@code rounds} times. */
    private List<TargetsResult.Round> rounds(List<VirtualUser> users, Stretch.Server sampled)
            throws InterruptedException {
        List<TargetsResult.Round> rounds = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            Stretch health = steady(Mix.HEALTH, users, sampled);
            Stretch realistic = steady(Mix.REALISTIC, users, sampled);
            double ratio = health.throughput() == 0 ? 0 : realistic.throughput() / health.throughput();
            log("round %d: health %,.0f req/s, realistic %,.0f req/s, ratio %.3f, errors %d", round,
                    health.throughput(), realistic.throughput(), ratio, health.errors() + realistic.errors());
            rounds.add(new TargetsResult.Round(round, health, realistic, ratio));
        }
        return rounds;
    }

    private Stretch steady(Mix mix, List<VirtualUser> users, Stretch.Server sampled) throws InterruptedException {
        int seconds = options.roundSeconds();
        return Stretch.measure(closed(seconds, mix), users, System.nanoTime(), seconds, seconds,
                options.connections(), Stretch.sampling(sampled));
    }

    private TargetsResult.Open open(List<VirtualUser> users, double rate, Stretch.Server sampled)
            throws InterruptedException {
        int seconds = options.openSeconds();
        log("open model: %,.0f req/s over %d connections for %d s", rate, users.size(), seconds);
        Stretch stretch = Stretch.measure(new OpenLoad(rate, seconds, Mix.REALISTIC), users, System.nanoTime(),
                seconds, seconds + OpenLoad.DRAIN_SECONDS + 1, users.size(), Stretch.sampling(sampled));
        log("open model: p99 %.2f ms, errors %d", stretch.summary().latencyMs().p99(), stretch.errors());
        return new TargetsResult.Open(rate, users.size(), stretch);
    }

    private Load closed(int seconds, Mix mix) {
        return new ClosedLoad(List.of(new RunResult.Phase("steady", 0, seconds, options.connections(), null)), mix);
    }

    private Path log() {
        return dataDir.resolve("platform.log");
    }

    private void log(String format, Object... args) {
        System.out.println("targets: " + configuration.label() + ": " + String.format(format, args));
    }
}
