package org.koprogo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Which jar of the application already holds each class and resource. One class loader serves every jar of
 * WEB-INF/lib, so a path held twice is a clash: the first jar wins, silently. META-INF and module-info.class are
 * left out: each jar has its own manifest, beans.xml and persistence.xml there by design.
 */
final class LibraryIndex {

    private static final String LIB = "WEB-INF/lib/";

    private final Map<String, String> owners = new HashMap<>();

    /** The libraries of the WAR: core-api, the built-in modules and what they bundle. */
    static LibraryIndex of(Path war) throws IOException {
        LibraryIndex index = new LibraryIndex();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar")) {
                    index.addNested(entry.getName().substring(LIB.length()), zip.getInputStream(entry));
                }
            }
        }
        return index;
    }

    private void addNested(String jar, InputStream bytes) throws IOException {
        owners.put(LIB + jar, "the platform's WAR");
        try (ZipInputStream nested = new ZipInputStream(bytes)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (isShared(entry)) {
                    owners.putIfAbsent(entry.getName(), jar);
                }
            }
        }
    }

    static boolean isShared(ZipEntry entry) {
        return !entry.isDirectory() && !entry.getName().startsWith("META-INF/")
                && !entry.getName().equals("module-info.class"); // every named Java module has its own
    }

    /** The jar already holding this path, if any. */
    Optional<String> owner(String path) {
        return Optional.ofNullable(owners.get(path));
    }

    void add(String path, String jar) {
        owners.put(path, jar);
    }
}
