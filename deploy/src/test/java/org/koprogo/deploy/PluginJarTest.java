package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a plugin jar against a WAR's libraries and the plugins checked before it. */
class PluginJarTest {

    /** What javac writes into a class implementing the module contract. */
    private static final String MODULE_CLASS = "...org/koprogo/core/module/boundary/PlatformModule...";

    @TempDir
    Path work;

    private LibraryIndex index;

    @BeforeEach
    void war() throws IOException {
        Path war = work.resolve("ROOT.war");
        Files.write(war, zip(Map.of("WEB-INF/lib/module-buildings.jar", zip(Map.of(
                "META-INF/beans.xml", "", "module-info.class", "", "db/changelog/buildings.xml", "")))));
        index = LibraryIndex.of(war);
    }

    @Test
    void aThinModuleJarIsAccepted() throws Exception {
        PluginJar hello = plugin("hello.jar", Map.of("META-INF/beans.xml", "", "module-info.class", "",
                "db/changelog/hello.xml", "", "org/example/hello/HelloModule.class", MODULE_CLASS));
        assertDoesNotThrow(() -> hello.check(index));
    }

    @Test
    void twoPluginsMayNotHoldOnePath() throws Exception {
        plugin("a.jar", Map.of("META-INF/beans.xml", "", "org/example/a/A.class", MODULE_CLASS,
                "db/changelog/shared.xml", "")).check(index);
        PluginJar b = plugin("b.jar", Map.of("META-INF/beans.xml", "", "org/example/b/B.class", MODULE_CLASS,
                "db/changelog/shared.xml", ""));
        assertRefused(b, "b.jar holds db/changelog/shared.xml, which a.jar already holds");
    }

    @Test
    void aPluginMayNotTakeTheFileNameOfALibrary() throws Exception {
        assertRefused(plugin("module-buildings.jar", Map.of("META-INF/beans.xml", "",
                "org/example/a/A.class", MODULE_CLASS)), "has the file name of a library of the platform's WAR");
    }

    @Test
    void aChangelogOfABuiltInModuleIsRefused() throws Exception {
        assertRefused(plugin("clash.jar", Map.of("META-INF/beans.xml", "", "org/example/a/A.class", MODULE_CLASS,
                "db/changelog/buildings.xml", "")), "which module-buildings.jar already holds");
    }

    private void assertRefused(PluginJar plugin, String reason) {
        PluginRefused refused = assertThrows(PluginRefused.class, () -> plugin.check(index));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private PluginJar plugin(String name, Map<String, ?> entries) throws IOException {
        Path jar = work.resolve(name);
        Files.write(jar, zip(entries));
        return new PluginJar(jar);
    }

    private static byte[] zip(Map<String, ?> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue() instanceof byte[] raw ? raw
                        : entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
