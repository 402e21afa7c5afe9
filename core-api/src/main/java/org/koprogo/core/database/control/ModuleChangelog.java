package org.koprogo.core.database.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A module's Liquibase changelog: the classpath location its module's class loader resolves. */
record ModuleChangelog(String module, ClassLoader loader, String path) {

    byte[] content() {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new MigrationFailedException(module, path, new IOException("no such resource"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
