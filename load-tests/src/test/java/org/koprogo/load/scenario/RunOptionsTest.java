package org.koprogo.load.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.sample.AppInstance;
import org.koprogo.load.traffic.Account;

class RunOptionsTest {

    @Test
    void defaultsToTheSeedsSyndicsOnLocalhost() {
        RunOptions options = RunOptions.parse(List.of("realistic"));

        assertEquals("http://localhost:8080", options.baseUrl());
        assertEquals(new Account("admin@small.be", "admin123"), options.accounts().get(0));
        assertEquals(3, options.accounts().size());
        assertEquals(Path.of("load-tests/results"), options.out());
        assertNull(options.durationSeconds());
        assertNull(options.warmupSeconds());
        assertFalse(options.profile());
    }

    @Test
    void profileIsAFlagAmongNamedOptions() {
        RunOptions options = RunOptions.parse(List.of("light", "--duration", "30s", "--profile", "--app-pid", "42"));

        assertTrue(options.profile());
        assertEquals(30, options.durationSeconds());
        assertEquals(42L, options.appPid());
    }

    @Test
    void takesEveryOption() {
        RunOptions options = RunOptions.parse(List.of("spike", "--duration", "2m", "--connections", "20",
                "--warmup", "0", "--users", "a@b.be:pass:with:colons", "--db-url", "jdbc:postgresql://h:1/d",
                "--app-pid", "42", "--seed-label", "realistic x10", "--base-url", "http://127.0.0.1:18080"));

        assertEquals(120, options.durationSeconds());
        assertEquals(20, options.connections());
        assertEquals(0, options.warmupSeconds());
        assertEquals(List.of(new Account("a@b.be", "pass:with:colons")), options.accounts());
        assertEquals("jdbc:postgresql://h:1/d", options.dbUrl());
        assertEquals(42L, options.appPid());
        assertEquals("realistic x10", options.seedLabel());
        assertEquals("http://127.0.0.1:18080", options.baseUrl());
    }

    @Test
    void takesTheInstancesBehindALoadBalancerAndAFaultRun() {
        RunOptions options = RunOptions.parse(List.of("realistic", "--instances",
                "http://127.0.0.1:8081=/tmp/c/1/platform.pid, http://127.0.0.1:8082", "--faults", "/tmp/c/events.txt",
                "--retry-deadline", "2m"));

        assertEquals(List.of(new AppInstance(new BaseUrl("127.0.0.1", 8081), Path.of("/tmp/c/1/platform.pid")),
                new AppInstance(new BaseUrl("127.0.0.1", 8082), null)), options.instances());
        assertEquals(Path.of("/tmp/c/events.txt"), options.faultEvents());
        assertEquals(120, options.retryDeadlineSeconds());
        assertNull(RunOptions.parse(List.of("realistic")).faultEvents(), "not a fault run unless asked");
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--instances",
                "localhost:8081")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--instances",
                "http://127.0.0.1:8081,,http://127.0.0.1:8082")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--retry-deadline",
                "0")));
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--speed", "9")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--rate")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--rate", "-5")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("--rate", "5")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("light", "--users", "nobody")));
    }
}
