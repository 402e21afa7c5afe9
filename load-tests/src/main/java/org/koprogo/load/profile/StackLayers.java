package org.koprogo.load.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The app's CPU samples by layer of the platform (BASELINE.md, "where a realistic request's cost goes"): each stack
 * goes to the first layer, in this order, one of whose frames it contains. Frames are matched as
 * {@code Type.method} without the package. Usage: {@code java -jar koprogo-load.jar layers <run.jfr|run.stacks.txt>}.
 */
public final class StackLayers {

    static final String UNATTRIBUTED = "other threads / unattributed";

    /** Most specific first: the security and parameter layers sit inside Jersey's and the servlet container's. */
    static final Map<String, Pattern> LAYERS = layers(
            "token rights check (one read)", "AccessTokenCheck\\.filter",
            "authorization: JACC + MP-JWT @RolesAllowed filter",
            "RolesAllowedRequestFilter\\.filter|JaccWebAuthorizationManager\\..*",
            "authentication: Jakarta Security + MP-JWT mechanism", "AuthenticatorBase\\.invoke",
            "OpenTelemetry request listener",
            "OpenTelemetryRequestEventListener\\..*|OpenTelemetryApplicationEventListener\\..*",
            "@BeanParam injection (hk2)", "BeanParamValueParamProvider.*",
            "JSON reading (request bodies)", "ProviderBase\\.readFrom",
            "Bean Validation of parameters", "ValidatorImpl\\.validate(Parameters|ReturnValue)",
            "JPA/JDBC: lists (page + count)", "JpaPages\\.list",
            "JPA/JDBC: writes (persist, flush, commit)",
            "EntityManagerImpl\\.(flush|persist)|JavaEETransactionManagerSimplified\\.commit"
                    + "|TransactionalInterceptor.*|UnitOfWorkImpl\\.commit.*",
            "JPA/JDBC: other reads", "EntityManagerImpl\\.(find|executeQuery)|PgPreparedStatement\\..*"
                    + "|AbstractDataSource\\.getConnection",
            "JSON writing (responses)", "ProviderBase\\.writeTo",
            "Jersey (routing, filters, injection, response)", "ApplicationHandler\\.handle|ServerRuntime\\.process",
            "servlet container + platform servlet filters", "CoyoteAdapter\\.service",
            "HTTP (Grizzly)", "HttpServerFilter\\.handleRead|DefaultFilterChain\\.process");

    private StackLayers() {
    }

    /** Samples per layer, in the layers' order, unattributed last. */
    public static Map<String, Long> of(CollapsedStacks stacks) {
        Map<String, Long> samples = new LinkedHashMap<>();
        LAYERS.keySet().forEach(layer -> samples.put(layer, 0L));
        samples.put(UNATTRIBUTED, 0L);
        stacks.stacks().forEach((frames, count) -> samples.merge(layer(frames), count, Long::sum));
        return samples;
    }

    static String layer(List<String> frames) {
        List<String> shortNames = frames.stream().map(StackLayers::withoutPackage).toList();
        return LAYERS.entrySet().stream()
                .filter(layer -> shortNames.stream().anyMatch(frame -> layer.getValue().matcher(frame).matches()))
                .map(Map.Entry::getKey).findFirst().orElse(UNATTRIBUTED);
    }

    /** {@code org.example.Type$Inner.method} to {@code Type$Inner.method}. */
    static String withoutPackage(String frame) {
        int method = frame.lastIndexOf('.');
        int type = method <= 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return frame.substring(type + 1);
    }

    public static int main(List<String> args) throws IOException {
        if (args.size() != 1) {
            System.err.println("usage: java -jar koprogo-load.jar layers <run.jfr|run.stacks.txt>");
            return 2;
        }
        Path file = Path.of(args.get(0));
        CollapsedStacks stacks = file.toString().endsWith(".jfr") ? JfrStacks.read(file)
                : CollapsedStacks.parse(Files.readString(file));
        System.out.printf("%,d samples%n", stacks.total());
        of(stacks).forEach((layer, count) -> System.out.printf("%5.1f %%  %s%n",
                stacks.total() == 0 ? 0.0 : 100.0 * count / stacks.total(), layer));
        return 0;
    }

    private static Map<String, Pattern> layers(String... namesAndPatterns) {
        Map<String, Pattern> layers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            layers.put(namesAndPatterns[i], Pattern.compile(namesAndPatterns[i + 1]));
        }
        return layers;
    }
}
