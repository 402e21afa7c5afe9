package org.koprogo.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One platform on the embedded database for every test class that asks for it: booting takes seconds, and
 * these classes only read or add data of their own. It admits one browser origin ({@link CorsIT}), as a
 * deployment serving a web client from another origin would.
 */
class SharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("platform", key -> new Resource(), Resource.class).platform;
    }

    /** Closed by JUnit when the whole run ends. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource {

        private final RunningPlatform platform;

        Resource() {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("koprogo.it.dir", "target")), "shared-");
                platform = RunningPlatform.start(dir.resolve("data"), Map.of(CorsIT.ENVIRONMENT, CorsIT.ALLOWED));
            } catch (Exception e) {
                throw new IllegalStateException("the shared platform did not start", e);
            }
        }

        /** A request can succeed while the server runs out of memory elsewhere: the log must be clean too. */
        @Override
        public void close() throws Exception {
            platform.close();
            if (platform.log().contains("OutOfMemoryError")) {
                throw new AssertionError("the shared platform ran out of memory:\n" + platform.log());
            }
        }
    }
}
