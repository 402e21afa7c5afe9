package org.koprogo.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** deploy/systemd/koprogo.service, checked by systemd itself, and its environment file's keys. */
class SystemdUnitTest {

    private static final Path UNIT = Repository.DEPLOY.resolve("systemd/koprogo.service");
    private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");
    private static final String JAVA = "/usr/bin/java";

    private final Map<String, String> service = directives();

    @TempDir
    Path work;

    @Test
    void systemdVerifiesTheUnitWithoutAWarning() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze (Debian's systemd) is not installed");
        String unit = Repository.read(UNIT);
        // verify checks that ExecStart's program exists: where Debian's java is not, the one running this test
        if (!Files.isExecutable(Path.of(JAVA))) {
            unit = unit.replace(JAVA, ProcessHandle.current().info().command().orElseThrow());
        }
        Path copy = Files.writeString(work.resolve("koprogo.service"), unit);

        CommandResult verify = CommandResult.of(List.of(ANALYZE.toString(), "verify", copy.toString()));

        assertEquals(0, verify.status(), verify.output());
        assertEquals("", verify.output().strip(), "systemd warns of nothing (an unknown or invalid line is a warning)");
    }

    @Test
    void theServiceIsHardenedAndRunsAsItsOwnUser() {
        assertEquals("yes", service.get("NoNewPrivileges"));
        assertEquals("strict", service.get("ProtectSystem"));
        assertEquals("yes", service.get("ProtectHome"));
        assertEquals("yes", service.get("PrivateTmp"));
        assertNotEquals("root", service.get("User"));
        assertTrue(service.containsKey("User"), "a dedicated user");
        String dataDir = service.get("Environment").replaceFirst("^KOPROGO_DATA_DIR=", "");
        assertTrue(service.get("ReadWritePaths").contains(dataDir), "the data dir is writable: " + dataDir);
        assertEquals("on-failure", service.get("Restart"));
    }

    @Test
    void itRunsTheJarWithJvmOptionsAndAMemoryLimitAboveTheirHeap() {
        assertTrue(service.get("ExecStart").matches("\\S*java @\\S*/jvm.options -jar \\S*/koprogo-platform.jar"),
                service.get("ExecStart"));
        assertTrue(JvmOptions.bytes(service.get("MemoryMax")) >= JvmOptions.leastMemoryLimit(),
                "MemoryMax " + service.get("MemoryMax"));
    }

    @Test
    void itWaitsForAGracefulStopAsLongAsTheComposeFileDoes() {
        Map<String, Object> compose = new Yaml().load(Repository.read(Repository.DEPLOY.resolve("compose.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> instance = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("koprogo-1");
        assertEquals(instance.get("stop_grace_period"), service.get("TimeoutStopSec"));
        assertEquals("143", service.get("SuccessExitStatus"), "the JVM's exit status after SIGTERM is a clean stop");
    }

    @Test
    void everyKeyOfTheEnvironmentFileIsInTheReadmesConfigurationTable() {
        Set<String> keys = Repository.read(Repository.DEPLOY.resolve("systemd/koprogo.env.example")).lines()
                .filter(line -> line.startsWith("KOPROGO_")).map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(keys.contains("KOPROGO_DB_URL"), "keys " + keys);
        keys.removeAll(ConfigurationTable.keys());
        assertEquals(Set.of(), keys, "keys koprogo.env.example sets that the README's configuration table lacks");
    }

    /** The [Service] section's directives (a directive given twice keeps its last value, as systemd does for these). */
    private static Map<String, String> directives() {
        String section = Repository.read(UNIT).split("\\[Service]")[1].split("\\[Install]")[0];
        return section.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (first, last) -> last));
    }
}
