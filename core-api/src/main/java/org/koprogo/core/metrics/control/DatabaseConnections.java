package org.koprogo.core.metrics.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's database connections by state (active, idle, idle in transaction), as PostgreSQL sees them.
 * Read over one connection of its own, outside the pool: when the pool is exhausted, which is when an operator
 * looks, a scrape must not queue behind the requests it is meant to explain.
 */
@ApplicationScoped
public class DatabaseConnections {

    private static final Logger LOG = Logger.getLogger(DatabaseConnections.class.getName());
    private static final int TIMEOUT_SECONDS = 2;
    private static final String NAME = "koprogo_db_connections";

    @Inject
    @ConfigProperty(name = "KOPROGO_DB_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "KOPROGO_DB_USER", defaultValue = "postgres")
    String user;

    /** Empty (a database trusting the platform's host) reads as absent in MicroProfile Config. */
    @Inject
    @ConfigProperty(name = "KOPROGO_DB_PASSWORD")
    Optional<String> password;

    /** The ApplicationName this instance's pooled connections carry (web-fragment.xml). */
    @Inject
    @ConfigProperty(name = "koprogo.instance", defaultValue = "koprogo")
    String application;

    private Connection connection;

    public synchronized void writeTo(PrometheusText out) {
        Map<String, Long> byState = new TreeMap<>(Map.of("active", 0L, "idle", 0L, "idle in transaction", 0L));
        try (var statement = connection().prepareStatement("select coalesce(state, 'unknown'), count(*) "
                + "from pg_stat_activity where application_name = ? group by 1")) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setString(1, application);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byState.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "database connections not readable", e);
            close();
            return; // no figure rather than a wrong one; /health/ready reports the database itself
        }
        out.family(NAME, "gauge", "Connections of the platform's pool open in PostgreSQL, by state");
        byState.forEach((state, count) -> out.sample(NAME, "state=\"" + PrometheusText.escape(state) + "\"", count));
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password.orElse(""));
            // this connection's own timeouts: DriverManager.setLoginTimeout would change them JVM-wide
            properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
            properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
            properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS * 2));
            connection = DriverManager.getConnection(url.orElseThrow(() -> new SQLException("no KOPROGO_DB_URL")),
                    properties);
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to do
        } finally {
            connection = null;
        }
    }
}
