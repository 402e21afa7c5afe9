package org.koprogo.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Entry point of the uberjar. Payara deploys the platform only once a database answers (its JPA deployer
 * connects while preparing the application), so the embedded PostgreSQL, when no external one is configured,
 * starts here, before Payara Micro boots.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (settings.dbUrl() == null) {
            Path dir = settings.dataDir().resolve("postgres");
            EmbeddedDatabase database = EmbeddedDatabase.start(dir, settings.embeddedDbPort());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "koprogo-embedded-postgres-stop"));
            // System properties rank above environment variables in MicroProfile Config
            System.setProperty(Settings.DB_URL, database.jdbcUrl());
            System.setProperty(Settings.DB_USER, EmbeddedDatabase.USER);
            System.setProperty(Settings.DB_PASSWORD, EmbeddedDatabase.USER);
            LOG.warning(() -> String.format("No KOPROGO_DB_URL set: using the embedded PostgreSQL %s in %s on port %d."
                            + " Reach it with: psql -h localhost -p %d -U %s postgres",
                    database.version(), dir.toAbsolutePath(), database.port(), database.port(), EmbeddedDatabase.USER));
        }
        List<String> payara = new ArrayList<>(List.of("--port", String.valueOf(settings.httpPort())));
        payara.addAll(Arrays.asList(args));
        fish.payara.micro.PayaraMicro.main(payara.toArray(String[]::new));
    }
}
