package org.koprogo.core.arquillian;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the Payara Micro that Arquillian starts. Registered before Arquillian's extension so
 * that the URL exists when arquillian.xml is read (its cmdOptions pass it to Payara as a system property).
 */
public class TestDatabase implements BeforeAllCallback {

    static final String URL_PROPERTY = "koprogo.test.db.url";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.create(TestDatabase.class))
                .getOrComputeIfAbsent("postgres", key -> new Server(), Server.class);
    }

    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private final EmbeddedPostgres postgres;

        Server() {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
            System.setProperty(URL_PROPERTY, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
