package org.koprogo.load.targets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One way of running the platform that the targets are measured for: its jar, JVM options, environment, args. */
public record Configuration(String label, Path jar, List<String> jvmOptions, Map<String, String> env,
                            List<String> args) {

    /** Words separated by white space, as a shell splits an unquoted variable: "-Xmx128m -Xss512k". */
    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    /** "KEY=value KEY2=value2" as an ordered map. */
    static Map<String, String> environment(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String pair : words(text)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("environment entries are KEY=value, not '" + pair + "'");
            }
            env.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return env;
    }
}
