package org.koprogo.deploy.logging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.LogManager;
import java.util.stream.Collectors;

/**
 * The logging configuration of the whole process, applied before anything logs and handed to Payara Micro
 * ({@code --logproperties}), which loads it at boot and again whenever a command changes a level: the handler
 * and the levels below then survive, whereas Payara's own formatter, which the log manager cannot load, fell
 * back to the JDK's two-line one half-way through a start.
 */
public final class ProcessLogging {

    /**
     * Loggers whose messages at a normal start tell an operator nothing, with the level they are kept at. The
     * platform's own warnings are never among them.
     */
    static final Map<String, String> QUIET = quiet();

    /** One line a record for the text log: time, level, logger, message, then the stack trace if any. */
    static final String TEXT_LINE = "%1$tFT%1$tT.%1$tL%1$tz %4$s [%3$s] %5$s%6$s%n";

    private ProcessLogging() {
    }

    private static Map<String, String> quiet() {
        Map<String, String> levels = new LinkedHashMap<>();
        // Payara's own defaults (MICRO-INF/domain/logging.properties), which this configuration replaces
        levels.put("org.hibernate.validator.internal.util.Version", "WARNING");
        levels.put("javax.enterprise.system.tools.deployment.dol", "WARNING");
        levels.put("javax.enterprise.system.tools.deployment.common", "WARNING");
        levels.put("fish.payara.nucleus.util", "WARNING");
        levels.put("org.glassfish.admin.mbeanserver", "WARNING");
        levels.put("com.hazelcast", "WARNING");
        // Payara checks the CA certificates of its own trust store at every start and warns, with the whole
        // certificate, of each one expired; the platform serves plain HTTP and opens no TLS connection with them
        levels.put("javax.enterprise.system.security.ssl", "SEVERE");
        // three lines for each boot command that succeeded (the launcher's settings); a failed one is a WARNING
        levels.put("fish.payara.boot.runtime.BootCommand", "WARNING");
        // the embedded database library's progress, which the launcher sums up in one line
        levels.put("io.zonky.test.db.postgres", "WARNING");
        // Liquibase's dozen lines a module at every start (schema, lock, deployment id...): Migrations logs one a
        // module; only the changesets it runs are named, which an operator upgrading wants to read
        levels.put("liquibase", "WARNING");
        levels.put("liquibase.ui", "INFO");
        // OpenTelemetry's notice that it is not configured, and the security realm's note on the context root
        levels.put("io.opentelemetry.api.GlobalOpenTelemetry", "WARNING");
        levels.put("javax.enterprise.system.container.web.com.sun.web.security", "WARNING");
        return levels;
    }

    /**
     * Applies the configuration to this process and writes it where Payara can read it.
     *
     * @return the file to give Payara Micro as {@code --logproperties}
     */
    public static Path install(LogFormat format) throws IOException {
        String properties = properties(format);
        try (InputStream in = new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1))) {
            LogManager.getLogManager().readConfiguration(in);
        }
        Path file = Files.createTempFile("koprogo-logging", ".properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, properties, StandardCharsets.ISO_8859_1);
        if (format == LogFormat.JSON) {
            PrintedLines.capture();
        }
        return file;
    }

    static String properties(LogFormat format) {
        String handler = switch (format) {
            case TEXT -> String.join("\n",
                    "handlers=java.util.logging.ConsoleHandler",
                    "java.util.logging.ConsoleHandler.level=ALL",
                    "java.util.logging.ConsoleHandler.encoding=UTF-8",
                    "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter",
                    "java.util.logging.SimpleFormatter.format=" + TEXT_LINE);
            case JSON -> "handlers=" + JsonLinesHandler.class.getName();
        };
        return handler + "\n.level=INFO\n" + QUIET.entrySet().stream()
                .map(logger -> logger.getKey() + ".level=" + logger.getValue())
                .collect(Collectors.joining("\n")) + "\n";
    }
}
