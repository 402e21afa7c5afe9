package org.koprogo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the launcher's {@code org.koprogo.deploy.listener} classes inside Payara's runtime class loader, where
 * the Grizzly classes they extend live. The launcher's own loader (the application class path) cannot see
 * Payara's runtime jars, and the runtime loader would delegate these names back to it, so they are defined here
 * from the launcher jar's bytes, child-first.
 */
final class RuntimeClasses extends ClassLoader {

    private static final String PACKAGE = "org.koprogo.deploy.listener.";

    static {
        registerAsParallelCapable();
    }

    RuntimeClasses(ClassLoader runtime) {
        super(runtime);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = classBytes(name);
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private static byte[] classBytes(String name) throws ClassNotFoundException {
        try (InputStream in = Launcher.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
