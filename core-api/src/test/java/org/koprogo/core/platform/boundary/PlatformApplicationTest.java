package org.koprogo.core.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

class PlatformApplicationTest {

    /**
     * The application lists its classes, which turns JAX-RS scanning off: a core provider left out of the list is
     * silently never registered.
     */
    @Test
    void registersEveryProviderOfTheCore() throws IOException, URISyntaxException {
        Path classes = Path.of(PlatformApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> providers;
        try (Stream<Path> files = Files.walk(classes)) {
            providers = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(PlatformApplicationTest::load)
                    .filter(type -> type.isAnnotationPresent(Provider.class))
                    .map(Class::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(providers, PlatformApplication.CORE.stream().filter(type -> type.isAnnotationPresent(Provider.class))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PlatformApplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
