package org.koprogo.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embedded database as the platform's start-up log tells an operator to reach it with psql. */
record Psql(Path passwordFile, int port, String user) {

    private static final Pattern REACH = Pattern.compile(
            "Reach it with: PGPASSWORD=\\$\\(cat (\\S+)\\) psql -h localhost -p (\\d+) -U (\\w+) postgres");

    static Psql of(RunningPlatform platform) throws IOException {
        Matcher reach = REACH.matcher(platform.log());
        if (!reach.find()) {
            throw new IllegalStateException("the log does not say how to reach the embedded database");
        }
        return new Psql(Path.of(reach.group(1)), Integer.parseInt(reach.group(2)), reach.group(3));
    }

    /** Signed in with the password kept in the file. */
    Connection connect() throws IOException, SQLException {
        return connect(Files.readString(passwordFile).strip());
    }

    /** @param password null sends none */
    Connection connect(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
    }
}
