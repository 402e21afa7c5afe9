package org.koprogo.load.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.metrics.ServerRoutes;
import org.koprogo.load.result.RunResult;
import org.koprogo.load.result.RunResult.InstanceSample;

class InstanceFiguresTest {

    private static final String A = "http://127.0.0.1:8081";
    private static final String B = "http://127.0.0.1:8082";

    @TempDir
    Path directory;

    @Test
    void givesEachInstanceItsFiguresAndTheProcessesItRanAs() {
        List<RunResult.Sample> samples = List.of(
                second(0, new InstanceSample(A, 10L, 50.0, 300.0), new InstanceSample(B, 20L, 30.0, 310.0)),
                // B killed: no process for a second, then its restart
                second(1, new InstanceSample(A, 10L, 70.0, 305.0), new InstanceSample(B, null, null, null)),
                second(2, new InstanceSample(A, 10L, 60.0, 302.0), new InstanceSample(B, 21L, 90.0, 250.0)));

        List<RunResult.Instance> rows = InstanceFigures.of(List.of(A, B), samples, Arrays.asList(null, null));

        assertEquals(new RunResult.Instance(A, 60.0, 70.0, 305.0, List.of(10L), null, null), rows.get(0));
        assertEquals(new RunResult.Instance(B, 60.0, 90.0, 310.0, List.of(20L, 21L), null, null), rows.get(1));
    }

    @Test
    void anInstanceWithoutSamplesHasNoFigures() {
        List<ServerRoutes.Reading> unread = Collections.singletonList(null);
        RunResult.Instance row = InstanceFigures.of(List.of(A), List.of(), unread).get(0);

        assertNull(row.cpuMeanPercent());
        assertNull(row.rssMaxMb());
        assertEquals(List.of(), row.pids());
    }

    @Test
    void findsAnInstancesProcessByItsPidFileWhichARestartRewrites() throws IOException {
        Path pidFile = directory.resolve("platform.pid");
        AppInstance instance = new AppInstance(new BaseUrl("127.0.0.1", 8081), pidFile);
        assertNull(instance.pid(), "no file yet");

        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        assertEquals(ProcessHandle.current().pid(), instance.pid());

        Files.writeString(pidFile, "not a pid");
        assertNull(instance.pid());
        assertEquals(A, instance.name());
    }

    private static RunResult.Sample second(int t, InstanceSample... instances) {
        return new RunResult.Sample(t, null, null, null, null, null, null, null, null, List.of(instances));
    }
}
