package org.koprogo.core.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogDigestTest {

    @TempDir
    Path classpath;

    @Test
    void theSameChangelogsDigestAlike() throws IOException {
        List<ModuleChangelog> changelogs = List.of(changelog("core", "create table a (id int);"),
                changelog("auth", "create table b (id int);"));
        assertEquals(ChangelogDigest.of("4.33.0", changelogs), ChangelogDigest.of("4.33.0", changelogs));
        assertEquals(64, ChangelogDigest.of("4.33.0", changelogs).orElseThrow().length());
    }

    @Test
    void anyChangeMakesAnotherDigest() throws IOException {
        ModuleChangelog core = changelog("core", "create table a (id int);");
        ModuleChangelog auth = changelog("auth", "create table b (id int);");
        Optional<String> digest = ChangelogDigest.of("4.33.0", List.of(core, auth));
        assertNotEquals(digest, ChangelogDigest.of("4.33.0", List.of(core, changelog("auth",
                "create table b (id bigint);"))), "a changed changelog");
        assertNotEquals(digest, ChangelogDigest.of("4.33.0", List.of(core)), "a module disabled");
        assertNotEquals(digest, ChangelogDigest.of("4.33.0", List.of(auth, core)), "another order");
        assertNotEquals(digest, ChangelogDigest.of("4.34.0", List.of(core, auth)), "another Liquibase");
    }

    @Test
    void aChangelogWithContentElsewhereHasNoDigest() throws IOException {
        for (String outside : List.of("<include file=\"more.xml\"/>", "<includeAll path=\"db/\"/>",
                "<sqlFile path=\"x.sql\"/>", "<loadData file=\"x.csv\" tableName=\"t\"/>",
                "<changeSet id=\"1\" author=\"a\" runAlways=\"true\"/>",
                "<preConditions onFail=\"CONTINUE\"><tableExists tableName=\"t\"/></preConditions>")) {
            assertEquals(Optional.empty(), ChangelogDigest.of("4.33.0", List.of(
                    changelog("core", "create table a (id int);"), changelog("plugin", outside))), outside);
        }
    }

    @Test
    void onlyXmlChangelogsQualify() {
        assertTrue(ChangelogDigest.selfContained("db/changelog/a.xml", "<changeSet/>"));
        assertFalse(ChangelogDigest.selfContained("db/changelog/a.yaml", "databaseChangeLog: []"));
        assertFalse(ChangelogDigest.selfContained("db/changelog/a.sql", "--liquibase formatted sql"));
    }

    @Test
    void aMissingChangelogStopsStartupNamingIt() {
        ModuleChangelog missing = new ModuleChangelog("hello", getClass().getClassLoader(), "db/none.xml");
        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> ChangelogDigest.of("4.33.0", List.of(missing)));
        assertTrue(refused.getMessage().contains("module 'hello': migration db/none.xml failed"),
                refused.getMessage());
    }

    private ModuleChangelog changelog(String module, String sql) throws IOException {
        Path file = classpath.resolve(module + ".xml");
        Files.writeString(file, "<databaseChangeLog><changeSet id=\"1\" author=\"a\"><sql>" + sql
                + "</sql></changeSet></databaseChangeLog>", StandardCharsets.UTF_8);
        ClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
        return new ModuleChangelog(module, loader, module + ".xml");
    }
}
