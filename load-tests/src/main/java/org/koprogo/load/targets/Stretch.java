package org.koprogo.load.targets;

import java.util.List;
import java.util.Objects;

import org.koprogo.load.measure.Measurements;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.sample.ServerSampler;
import org.koprogo.load.traffic.Load;
import org.koprogo.load.traffic.VirtualUser;

/**
 * One measured stretch of traffic, as the kit's runs measure it: the client's summary and seconds, the server
 * sampled each second (the app's CPU and RSS, PostgreSQL's), and the requests an open model could not send.
 */
record Stretch(RunResult.Summary summary, List<RunResult.Second> timeline, List<RunResult.Sample> samples,
               long dropped) {

    /** Where the stretch runs: the server's processes to sample (either may be null). */
    record Server(Long appPid, Long postmasterPid) {
    }

    /** A sampler of the server, started: started with the stretch's first second, its samples align with it. */
    static ServerSampler sampling(Server server) {
        ServerSampler sampler = new ServerSampler(server.appPid(), server.postmasterPid(), null);
        sampler.start();
        return sampler;
    }

    /**
     * Drives {@code load} from {@code startNanos} and measures its completions over {@code seconds} from then; a
     * start in the past counts from that moment (the warm-up curve counts from ready). Stops the sampler.
     */
    static Stretch measure(Load load, List<VirtualUser> users, long startNanos, int seconds, int capacity,
                           int connections, ServerSampler sampler) throws InterruptedException {
        Measurements measurements = new Measurements(startNanos, seconds, capacity);
        long dropped = load.run(users, startNanos, measurements);
        List<RunResult.Sample> samples = sampler.stop();
        return new Stretch(measurements.summary(), measurements.timeline(t -> connections), samples, dropped);
    }

    double throughput() {
        return summary.throughputPerSecond();
    }

    long errors() {
        return summary.errors();
    }

    /** The app's RSS of each second sampled, in MB. */
    List<Double> appRssMb() {
        return samples.stream().map(RunResult.Sample::appRssMb).filter(Objects::nonNull).toList();
    }
}
