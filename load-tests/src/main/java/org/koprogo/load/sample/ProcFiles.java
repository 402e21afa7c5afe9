package org.koprogo.load.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Linux's /proc, read defensively: a process that ended or a file we may not read gives null, not an error. */
final class ProcFiles {

    /** USER_HZ, the unit of CPU times in /proc: 100 on every Linux ABI a JVM runs on. */
    static final double TICKS_PER_SECOND = 100;

    private ProcFiles() {
    }

    /** User plus system CPU time in ticks, from /proc/PID/stat. */
    static Long cpuTicks(long pid) {
        String stat = read("/proc/" + pid + "/stat");
        if (stat == null) {
            return null;
        }
        // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Resident set size, from /proc/PID/status. */
    static Double rssMb(long pid) {
        return kilobytesField("/proc/" + pid + "/status", "VmRSS:");
    }

    /**
     * Proportional set size: shared pages divided among the processes sharing them, so that summing it over
     * PostgreSQL's processes counts shared buffers once (RSS would count them in every backend).
     */
    static Double pssMb(long pid) {
        return kilobytesField("/proc/" + pid + "/smaps_rollup", "Pss:");
    }

    static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /**
     * Microseconds during which at least one runnable task waited for a CPU, since boot (the "some" line of
     * /proc/pressure/cpu, Linux 4.20+ with PSI); null where it is not offered.
     */
    static Long cpuPressureMicros() {
        String pressure = read("/proc/pressure/cpu");
        if (pressure == null || !pressure.startsWith("some ")) {
            return null;
        }
        String some = pressure.split("\n")[0];
        return Long.valueOf(some.substring(some.indexOf("total=") + "total=".length()).trim());
    }

    static Double load1() {
        String loadavg = read("/proc/loadavg");
        return loadavg == null ? null : Double.parseDouble(loadavg.split(" ")[0]);
    }

    /** The first line of /proc/cpuinfo or /proc/meminfo that starts with the key, after its colon. */
    static String field(String file, String key) {
        String text = read(file);
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    /** A plain byte count, as the fields of /proc/PID/io are. */
    static Long bytesField(String file, String key) {
        String value = field(file, key);
        return value == null ? null : Long.valueOf(value);
    }

    private static Double kilobytesField(String file, String key) {
        String value = field(file, key);
        return value == null ? null : Long.parseLong(value.split("\\s+")[0]) / 1024.0;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
