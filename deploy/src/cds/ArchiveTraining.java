import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the uberjar's class data sharing archive (run by deploy/pom.xml after the uberjar, as a single-file
 * program): a training run of the jar with the JVM settings of deploy/jvm.options on a throw-away embedded
 * database, migrated and seeded with the demo data by an earlier start, serves every kind of request once or a few
 * times, is stopped as an operator stops it, and leaves the classes it loaded and linked in the archive
 * (-XX:ArchiveClassesAtExit).
 * <p>
 * Usage: java ArchiveTraining.java JAR JVM_OPTIONS ARCHIVE WORK_DIR
 * <p>
 * The archive is written under a temporary name, checked by a JVM that must map it, and only then moved into
 * place: a half-written archive crashes the JVM that maps it, where a stale one only costs a warning.
 */
public final class ArchiveTraining {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final int ROUNDS = 20;
    private static final String SYNDIC = "{\"email\":\"syndic@grandplace.be\",\"password\":\"syndic123\"}";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private String token;

    private ArchiveTraining(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ArchiveTraining JAR JVM_OPTIONS ARCHIVE WORK_DIR");
        }
        // the archive keeps the class path as given, and a JVM run from another directory must find the same jar
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[2]);
        Path work = Path.of(args[3]);
        Path written = archive.resolveSibling(archive.getFileName() + ".tmp");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(written);
        deleteTree(work);
        Files.createDirectories(work);

        // A first start migrates and seeds; the archived one restarts on that database as an operator's instances do,
        // so the archive holds what every start loads, not what only a first start needs (Liquibase, the seed).
        List<String> jvmOptions = jvmOptions(Path.of(args[1]));
        run(jar, work, "migration.log", jvmOptions, List.of("--seed", "demo"));
        List<String> archiving = new ArrayList<>(jvmOptions);
        archiving.add("-XX:ArchiveClassesAtExit=" + written);
        run(jar, work, "training.log", archiving, List.of());
        if (!Files.isRegularFile(written) || Files.size(written) == 0) {
            throw new IllegalStateException("the training run wrote no archive; its log: "
                    + work.resolve("training.log"));
        }
        verify(jar, written);
        Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(work.resolve("data")); // its log stays, to read what the training did
        System.out.printf("Class data sharing archive %s (%d MB) for %s%n", archive, Files.size(archive) >> 20, jar);
    }

    /** Starts the jar on the work directory's database, exercises it, and stops it as an operator does. */
    private static void run(Path jar, Path work, String logName, List<String> jvmOptions, List<String> platformArgs)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(platformArgs);
        Path log = work.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KOPROGO_"));
        builder.environment().put("KOPROGO_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("KOPROGO_HTTP_PORT", String.valueOf(port));
        Process platform = builder.start();
        try {
            ArchiveTraining training = new ArchiveTraining(port);
            training.awaitReady(platform, log);
            training.exercise();
        } finally {
            // SIGTERM: the shutdown hooks stop the embedded database, then the JVM writes the archive if asked
            platform.destroy();
            if (!platform.waitFor(2, TimeUnit.MINUTES)) {
                platform.destroyForcibly();
                throw new IllegalStateException("the run did not stop; its log: " + log);
            }
        }
    }

    private void awaitReady(Process platform, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!platform.isAlive()) {
                throw new IllegalStateException("the training run exited with " + platform.exitValue() + "; its log: "
                        + log);
            }
            if (status(get("/health/ready")) == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the training run was not ready within " + START_TIMEOUT + "; its log: " + log);
    }

    /** The requests of the load kit's realistic mix, the operators' routes, and refused ones (problem answers). */
    private void exercise() throws Exception {
        token = match(TOKEN, send(post("/api/v1/auth/login", SYNDIC)), "a token");
        String building = match(ID, send(post("/api/v1/buildings", building())), "a building id");
        for (int round = 0; round < ROUNDS; round++) {
            String unit = match(ID, send(post("/api/v1/units", unit(building, round))), "a unit id");
            String owner = match(ID, send(post("/api/v1/owners", owner())), "an owner id");
            String expense = match(ID, send(post("/api/v1/expenses", expense(building))), "an expense id");
            send(post("/api/v1/meetings", meeting(building)));
            for (String path : List.of("/api/v1/buildings", "/api/v1/units", "/api/v1/owners", "/api/v1/expenses",
                    "/api/v1/accounts", "/api/v1/meetings", "/api/v1/documents", "/api/v1/auth/me",
                    "/api/v1/buildings/" + building, "/api/v1/units/" + unit, "/api/v1/owners/" + owner,
                    "/api/v1/expenses/" + expense, "/api/v1/health", "/health/ready", "/health/live")) {
                send(get(path));
            }
            for (String path : List.of("/api/v1/buildings", "/api/v1/units", "/api/v1/owners", "/api/v1/expenses",
                    "/api/v1/meetings")) {
                status(post(path, "{}"));
                status(post(path, "{"));
            }
            status(get("/api/v1/buildings/" + UUID.randomUUID()));
            status(get("/api/v1/no-such-route"));
        }
        send(get("/openapi"));
        send(get("/metrics"));
    }

    private HttpRequest get(String path) {
        return authorized(path).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** A request that must succeed: a failed one means the training ran a broken platform. */
    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private int status(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String match(Pattern pattern, String body, String what) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in " + body);
        }
        return matcher.group(1);
    }

    private static String building() {
        return "{\"name\":\"Training " + UUID.randomUUID() + "\",\"address\":\"Rue de la Charge 1\",\"city\":"
                + "\"Bruxelles\",\"postal_code\":\"1000\",\"country\":\"Belgique\",\"total_units\":0,"
                + "\"total_tantiemes\":1000000,\"construction_year\":2000}";
    }

    private static String unit(String building, int round) {
        return "{\"building_id\":\"" + building + "\",\"unit_number\":\"T" + round + "\",\"unit_type\":\"Apartment\","
                + "\"floor\":1,\"surface_area\":75.5,\"quota\":0.01}";
    }

    private static String owner() {
        return "{\"first_name\":\"Training\",\"last_name\":\"Owner\",\"email\":\"training-" + UUID.randomUUID()
                + "@example.be\",\"phone\":\"+32470000000\",\"address\":\"Rue du Test 1\",\"city\":\"Bruxelles\","
                + "\"postal_code\":\"1000\",\"country\":\"Belgique\"}";
    }

    private static String expense(String building) {
        return "{\"building_id\":\"" + building + "\",\"category\":\"Maintenance\",\"description\":\"Training "
                + UUID.randomUUID() + "\",\"amount\":150.50,\"expense_date\":\"2025-10-30T00:00:00Z\",\"supplier\":"
                + "\"Training SA\",\"invoice_number\":\"INV-" + UUID.randomUUID() + "\",\"payment_status\":\"Pending\"}";
    }

    private static String meeting(String building) {
        return "{\"building_id\":\"" + building + "\",\"meeting_type\":\"Ordinary\",\"title\":\"AG " + UUID.randomUUID()
                + "\",\"description\":\"Training\",\"scheduled_date\":\"2030-06-01T18:00:00Z\",\"location\":\"Salle\"}";
    }

    /** A JVM that refuses to start unless it maps the archive (-Xshare:on) and accepts it for this jar. */
    private static void verify(Path jar, Path archive) throws Exception {
        Process check = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-cp", jar.toString(), "-version").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0 || output.contains("Unable to use shared archive")) {
            throw new IllegalStateException("the archive does not load:\n" + output);
        }
    }

    private static List<String> jvmOptions(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
