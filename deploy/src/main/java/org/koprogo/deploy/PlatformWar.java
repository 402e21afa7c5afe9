package org.koprogo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * The application Payara deploys: the WAR built into the uberjar, plus the module jars of KOPROGO_MODULES_DIR in
 * its WEB-INF/lib, where a built-in module sits. There CDI discovers a plugin's module, Payara deploys its
 * persistence unit and its resources share the platform's class loader, none of which holds for jars Payara adds
 * as libraries (--addlibs). The built-in WAR is therefore not in MICRO-INF/deploy, which Payara always deploys.
 */
final class PlatformWar {

    private static final Logger LOG = Logger.getLogger(PlatformWar.class.getName());

    /** Where deploy/pom.xml puts the built WAR inside the uberjar. */
    static final String BUILT_IN = "/koprogo/ROOT.war";

    private PlatformWar() {
    }

    /**
     * Writes the WAR to deploy, named ROOT.war so that it serves at {@code /}, in a directory of its own: several
     * platforms on one machine each deploy their own.
     */
    static Path assemble(Path modulesDir) throws IOException, PluginRefused {
        Path dir = Files.createTempDirectory("koprogo-application-");
        Path war = dir.resolve("ROOT.war");
        dir.toFile().deleteOnExit();
        war.toFile().deleteOnExit(); // deleted before its directory: deleteOnExit runs in reverse order
        try (InputStream builtIn = PlatformWar.class.getResourceAsStream(BUILT_IN)) {
            if (builtIn == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the launcher's jar");
            }
            Files.copy(builtIn, war);
        }
        if (modulesDir != null) {
            addPlugins(war, plugins(modulesDir));
        }
        return war;
    }

    private static List<PluginJar> plugins(Path modulesDir) throws IOException, PluginRefused {
        if (!Files.isDirectory(modulesDir)) {
            throw new PluginRefused("KOPROGO_MODULES_DIR " + modulesDir + " is not a directory");
        }
        List<PluginJar> plugins = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(modulesDir, "*.jar")) {
            jars.forEach(jar -> plugins.add(new PluginJar(jar)));
        }
        plugins.sort(Comparator.comparing(PluginJar::name)); // refusals and logs in the same order every time
        return plugins;
    }

    private static void addPlugins(Path war, List<PluginJar> plugins) throws IOException, PluginRefused {
        if (plugins.isEmpty()) {
            return;
        }
        LibraryIndex index = LibraryIndex.of(war);
        for (PluginJar plugin : plugins) {
            plugin.check(index);
        }
        try (FileSystem zip = FileSystems.newFileSystem(war)) {
            for (PluginJar plugin : plugins) {
                Files.copy(plugin.file(), zip.getPath("WEB-INF", "lib", plugin.name()));
            }
        }
        LOG.info(() -> "Plugins from KOPROGO_MODULES_DIR: "
                + String.join(", ", plugins.stream().map(PluginJar::name).toList()));
    }
}
