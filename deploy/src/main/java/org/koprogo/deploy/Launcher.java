package org.koprogo.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.koprogo.deploy.logging.ProcessLogging;

/**
 * Entry point of the uberjar. Payara deploys the platform only once a database answers (its JPA deployer
 * connects while preparing the application), so the embedded PostgreSQL, when no external one is configured,
 * starts here, before Payara Micro boots.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    /** Written by org.koprogo.core.platform.control.PlatformStartup (STATE_PROPERTY) when it has started. */
    static final String STARTUP_STATE = "koprogo.startup.state";

    /** The exit status of a platform that refuses to start, distinct from a crash's. */
    static final int EXIT_REFUSED = 3;

    private Launcher() {
    }

    /** Tells the application that the database is the embedded one (read by module-auth's AdminBootstrap). */
    static final String EMBEDDED_DATABASE = "koprogo.embedded-database";

    /**
     * Names JSON-P's provider, which Payara ships. Unnamed, every {@code Json.createReader} searches the class
     * path through ServiceLoader, and MicroProfile JWT makes several per request: with a bearer token that
     * search was a sixth of the CPU. Set before anything asks, since JSON-P reads it once.
     */
    static final String JSON_PROVIDER = "jakarta.json.provider";

    /**
     * The instance's name, which its database connections carry as their application name (so that each instance's
     * /metrics counts its own): the host and the HTTP port, within PostgreSQL's 63 bytes.
     */
    static final String INSTANCE = "koprogo.instance";

    public static void main(String[] args) throws Exception {
        if (System.getProperty(JSON_PROVIDER) == null) {
            System.setProperty(JSON_PROVIDER, "org.eclipse.parsson.JsonProviderImpl");
        }
        Path logging;
        try {
            logging = ProcessLogging.install(Settings.logFormat());
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        List<String> payaraArgs;
        try {
            payaraArgs = SeedOptions.apply(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("KoproGo: " + e.getMessage());
            System.exit(2);
            return;
        }
        Settings settings = Settings.fromEnvironment();
        ShutdownSettings shutdown = ShutdownSettings.fromEnvironment();
        if (System.getProperty(INSTANCE) == null) {
            System.setProperty(INSTANCE, instanceName(settings.httpPort()));
        }
        Path application;
        try {
            application = PlatformWar.assemble(settings.modulesDir());
        } catch (PluginRefused e) {
            refuse(e.getMessage());
            return;
        }
        if (settings.dbUrl() == null) {
            Path dir = settings.dataDir().resolve("postgres");
            EmbeddedDatabase database = EmbeddedDatabase.start(dir, settings.dataDir().resolve("postgres-password"),
                    settings.embeddedDbPort());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "koprogo-embedded-postgres-stop"));
            // System properties rank above environment variables in MicroProfile Config
            System.setProperty(Settings.DB_URL, database.jdbcUrl());
            System.setProperty(Settings.DB_USER, EmbeddedDatabase.USER);
            System.setProperty(Settings.DB_PASSWORD, database.password());
            // module-auth then may create its development superadmin: this database is a developer's own
            System.setProperty(EMBEDDED_DATABASE, "true");
            LOG.warning(() -> String.format("No KOPROGO_DB_URL set: using the embedded PostgreSQL %s in %s on port %d."
                            + " Reach it with: PGPASSWORD=$(cat %s) psql -h localhost -p %d -U %s postgres",
                    database.version(), dir.toAbsolutePath(), database.port(),
                    database.passwordFile().toAbsolutePath(), database.port(), EmbeddedDatabase.USER));
        }
        List<String> payara = new ArrayList<>(List.of("--port", String.valueOf(settings.httpPort()),
                "--prebootcommandfile", listenerSettings(settings.httpHost()).toString(),
                "--minHttpThreads", "4", "--maxHttpThreads", String.valueOf(settings.httpThreads())));
        payara.addAll(List.of("--logproperties", logging.toString()));
        payara.addAll(List.of("--deploy", application.toString()));
        payara.addAll(payaraArgs);
        fish.payara.micro.PayaraMicro.main(payara.toArray(String[]::new));
        exitUnlessStarted();
        repairListener();
        GracefulShutdown.install(shutdown, "http-listener");
    }

    /** Linux keeps the host's name in /proc; elsewhere (and in tests) "localhost" names it well enough. */
    static String instanceName(int port) {
        String host = "localhost";
        try {
            host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            LOG.log(Level.FINE, "no host name in /proc", e);
        }
        String name = "koprogo@" + host + ":" + port;
        return name.length() <= 63 ? name : name.substring(0, 63 - 1 - String.valueOf(port).length()) + ":" + port;
    }

    /** See org.koprogo.deploy.listener.TrailingDotSegmentRepair. */
    private static void repairListener() {
        try {
            new RuntimeClasses(Thread.currentThread().getContextClassLoader())
                    .loadClass("org.koprogo.deploy.listener.ListenerRepair")
                    .getMethod("install", String.class).invoke(null, "http-listener");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Cannot repair the HTTP listener", e);
            refuse("the HTTP listener could not be prepared: " + e);
        }
    }

    private static final String LISTENER = "configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.";
    private static final String HTTP = "configs.config.server-config.network-config.protocols.protocol"
            + ".http-listener.http.";

    /**
     * What is left unread of a body is drained up to this many bytes before the connection is reused, beyond it
     * the connection is closed: unbounded (Grizzly's default), a client could make the server read gigabytes.
     * Four times the default body cap, so that a refused over-cap body still gets its 413 read by the client.
     */
    private static final int MAX_UNREAD_BODY_BYTES = 4 * 1024 * 1024;

    /**
     * The HTTP listener's settings, as pre-boot commands: set after boot they restart the listener, which then
     * stayed unbound. Payara Micro has no option for the address HTTP listens on, and a pre-boot command sets it
     * before the listener opens, even for a moment. Grizzly answered a body on GET or DELETE, and any TRACE, with
     * an empty 400 or 405 of its own: let them reach the application, which answers them with a problem
     * (core-api's TraceRefusal keeps TRACE from ever echoing the request).
     */
    private static Path listenerSettings(String host) throws IOException {
        Path commands = Files.createTempFile("koprogo-pre-boot", ".txt");
        commands.toFile().deleteOnExit();
        Files.writeString(commands, String.join("\n",
                "set " + LISTENER + "address=" + host,
                "set " + HTTP + "allow-payload-for-undefined-http-methods=true",
                "set " + HTTP + "trace-enabled=true",
                "set " + HTTP + "max-swallowing-input-bytes=" + MAX_UNREAD_BODY_BYTES,
                // the platform serves /metrics itself (exact per-route histograms); MicroProfile Metrics moves to
                // /mpmetrics. Before boot: set after it, as a post-boot command, Payara warned at every start
                // that the running service had not taken the change
                "set configs.config.server-config.microprofile-metrics-configuration.endpoint=mpmetrics") + "\n");
        return commands;
    }

    /**
     * Payara has booted and deployed by now. It would go on serving its own HTML 404s without the platform;
     * end the process instead, with the platform's own reason when it gave one.
     */
    private static void exitUnlessStarted() {
        String state = System.getProperty(STARTUP_STATE);
        if (!"ready".equals(state)) {
            String reason = state == null ? "the application did not deploy (see the log above)" : state;
            refuse(reason.replaceFirst("^failed: ", ""));
        }
    }

    static void refuse(String reason) {
        System.err.println("KoproGo cannot start: " + reason);
        System.exit(EXIT_REFUSED);
    }
}
