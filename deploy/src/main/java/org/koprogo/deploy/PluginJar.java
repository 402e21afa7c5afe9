package org.koprogo.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A module jar an operator dropped into KOPROGO_MODULES_DIR, checked before it joins the application. What is
 * checked here would otherwise fail late and obscurely: a jar without beans.xml is never seen by CDI, a copy of
 * core-api or of a library the platform ships shadows the platform's own classes, and a changelog path held
 * twice makes one module migrate the other's changesets.
 */
record PluginJar(Path file) {

    /** Written by javac into the constant pool of every class that implements (or names) the module contract. */
    private static final String MODULE_CONTRACT = "org/koprogo/core/module/boundary/PlatformModule";

    String name() {
        return file.getFileName().toString();
    }

    /** Refuses the jar, or records its paths in the index so that later plugins cannot clash with it. */
    void check(LibraryIndex index) throws PluginRefused, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("META-INF/beans.xml") == null) {
                throw refused("has no META-INF/beans.xml, so CDI would never find its module");
            }
            Optional<String> clash = index.owner("WEB-INF/lib/" + name());
            if (clash.isPresent()) {
                throw refused("has the file name of a library of " + clash.get() + "; rename it");
            }
            List<String> paths = new ArrayList<>();
            boolean module = false;
            for (ZipEntry entry : zip.stream().filter(LibraryIndex::isShared).toList()) {
                Optional<String> owner = index.owner(entry.getName());
                if (owner.isPresent()) {
                    throw refused("holds " + entry.getName() + ", which " + owner.get() + " already holds: a plugin"
                            + " is a thin jar of its own classes and resources (core-api and the platform's"
                            + " libraries are provided), and its changelog path is its own");
                }
                paths.add(entry.getName());
                module |= entry.getName().endsWith(".class") && mentionsModuleContract(zip, entry);
            }
            if (!module) {
                throw refused("contributes no module: none of its classes implements"
                        + " org.koprogo.core.module.boundary.PlatformModule");
            }
            paths.forEach(path -> index.add(path, name()));
            index.add("WEB-INF/lib/" + name(), name());
        } catch (ZipException e) {
            throw refused("is not a jar (zip) file: " + e.getMessage());
        }
    }

    private static boolean mentionsModuleContract(ZipFile zip, ZipEntry entry) throws IOException {
        try (var bytes = zip.getInputStream(entry)) {
            return new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1).contains(MODULE_CONTRACT);
        }
    }

    private PluginRefused refused(String why) {
        return new PluginRefused("the plugin " + file + " " + why);
    }
}
