package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

/**
 * Issue 11's fuzz walk: every route the running platform serves (read from its own {@code /openapi}, so a new
 * module is walked without changing this test, plus the routes the document leaves out) is called with hostile
 * input, as anonymous, a syndic, an owner holding a share and the syndic of another organization. Every answer
 * must be 2xx, 3xx or 4xx, errors problem+json, bodies free of stack traces; a body over the cap once decoded is
 * refused, and a lone surrogate never comes back stored; another organization's resources read as 404 and nothing
 * sent to them succeeds; afterwards the platform must be ready, within its memory, and its log free of
 * OutOfMemoryError.
 * Violations are collected over the whole walk and reported grouped by route and class of input.
 */
class FuzzIT {

    private static final long SEED = 11;
    private static final int THREADS = 4;
    /** What a principal's routes get when its sensible request was refused (401/403): a sample suffices. */
    private static final double REFUSED_SHARE = 0.03;
    /** An owner's hostile requests mostly repeat a syndic's on fewer routes. */
    private static final double OWNER_SHARE = 0.25;
    /** Another organization's syndic: what matters is that A's resources stay absent, whatever it sends. */
    private static final double OTHER_SHARE = 0.1;
    /** The shipped jvm.options keep the platform near 330 MB under load; the walk must not leave it far above. */
    private static final long RSS_LIMIT_KB = 600 * 1024;
    private static final int EXPLAINED_GROUPS = 200;
    private static final int REPORT_LIMIT = 12_000;

    @Test
    void everyRouteAnswersHostileInputWithAClientErrorAndStaysHealthy() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("koprogo.it.dir", "target")), "fuzz-");
        // a platform of its own: its log and memory are the walk's alone, and its login throttle is lifted (it
        // would answer 429 before the login code a hostile email reaches; ThrottlingIT tests the throttle)
        try (RunningPlatform platform = RunningPlatform.start(dir.resolve("data"), Map.of(
                "KOPROGO_LOGIN_MAX_FAILURES", "1000000", "KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", "1000000",
                "KOPROGO_BCRYPT_COST", "4"))) {
            FuzzWorld world = FuzzWorld.build(platform);
            List<FuzzRoute> routes = FuzzRoute.discover(Http.json(Http.send(HttpRequest.newBuilder(
                    platform.uri("/openapi")).header("Accept", "application/json"))));
            FuzzFindings findings = new FuzzFindings();
            List<String> afterwards = new ArrayList<>();
            int sent;
            List<String> sensibleAnswers;
            try (FuzzWalk walk = new FuzzWalk(platform, world, findings, THREADS)) {
                sensibleAnswers = walk(world, routes, walk);
                sent = walk.sent();
                walk.explain(findings.groups(), EXPLAINED_GROUPS);
                afterwards.addAll(health(platform));
                System.out.printf("FuzzIT: %d routes, %d requests sent (%d more to explain findings, %d sent again"
                        + " after a dropped connection, %d unsendable), statuses %s%n", routes.size(), sent,
                        walk.sent() - sent, walk.resent(), walk.unsendable(), findings.statuses());
            }
            String report = "FuzzIT sent " + sent + " requests to " + routes.size() + " routes.\n"
                    + String.join("\n", afterwards) + "\nViolations by kind:\n" + findings.summary(Integer.MAX_VALUE)
                    + "\nViolations by route:\n" + findings.report(Integer.MAX_VALUE)
                    + "\nAnswers by class of input and status: " + findings.answersByClass()
                    + "\n\nAnswers to the sensible requests (how deep the hostile ones reach):\n"
                    + String.join("\n", sensibleAnswers) + "\n";
            Files.writeString(dir.resolve("fuzz-report.txt"), report);
            assertTrue(findings.isEmpty() && afterwards.isEmpty(), () -> "FuzzIT sent " + sent
                    + " requests; full report in " + dir.resolve("fuzz-report.txt") + "\n"
                    + String.join("\n", afterwards) + "\n" + findings.summary(REPORT_LIMIT));
        }
    }

    /**
     * The sensible requests first; then the hostile ones in a fixed shuffled order, all of a route's for a
     * principal whose sensible request went through, a sample where it was refused anyway; gzip bombs one at a
     * time; and last what ends sessions or removes data, so that the rest ran against an intact world.
     */
    private static List<String> walk(FuzzWorld world, List<FuzzRoute> routes, FuzzWalk walk) throws Exception {
        FuzzPlan plan = new FuzzPlan(world, SEED);
        List<FuzzRequest> last = new ArrayList<>();
        List<FuzzRequest> baselines = plan.baselines(routes);
        List<FuzzRequest> first = baselines.stream().filter(request -> !FuzzPlan.endsSomething(request)).toList();
        List<Integer> statuses = timed("sensible requests", () -> walk.send(first));
        last.addAll(baselines.stream().filter(FuzzPlan::endsSomething).toList());

        List<FuzzRequest> hostile = new ArrayList<>();
        for (FuzzRoute route : routes) {
            for (FuzzWorld.Principal principal : world.principals()) {
                hostile.addAll(plan.hostile(route, principal, share(world, route, principal, first, statuses)));
            }
        }
        for (FuzzWorld.Principal principal : List.of(world.anonymous, world.syndic)) {
            hostile.addAll(plan.oddMethodsAndPaths(routes, principal));
        }
        last.addAll(hostile.stream().filter(FuzzPlan::endsSomething).toList());
        List<FuzzRequest> bombs = new ArrayList<>(plan.gzipBombs(routes, world.syndic));
        bombs.addAll(plan.gzipBombs(routes.stream().filter(route -> route.template().endsWith("/login")).toList(),
                world.anonymous));
        timed("hostile requests", () -> walk.send(plan.shuffled(
                hostile.stream().filter(request -> !FuzzPlan.endsSomething(request)).toList())));
        timed("gzip bombs", () -> {
            walk.sendInTurn(bombs);
            return null;
        });
        timed("requests that end sessions or remove data", () -> walk.send(plan.shuffled(last)));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            answers.add(statuses.get(i) + " " + first.get(i).principal().name() + " " + first.get(i).routeKey());
        }
        return answers;
    }

    /** Says how long a stage of the walk took: a walk that grows slow is worth noticing before it times out. */
    private static <T> T timed(String stage, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        System.out.printf("FuzzIT: %s took %d s%n", stage, (System.nanoTime() - start) / 1_000_000_000);
        return result;
    }

    /**
     * All of a syndic's, and all an anonymous caller can reach (the open door); of the others' a share where their
     * sensible request went through, a sample where it was refused anyway.
     */
    private static double share(FuzzWorld world, FuzzRoute route, FuzzWorld.Principal principal,
                                List<FuzzRequest> baselines, List<Integer> statuses) {
        if (principal == world.syndic) {
            return 1;
        }
        for (int i = 0; i < baselines.size(); i++) {
            FuzzRequest baseline = baselines.get(i);
            if (baseline.principal() == principal && baseline.routeKey().equals(route.key())) {
                int status = statuses.get(i);
                if (status == 401 || status == 403) {
                    return REFUSED_SHARE;
                }
                return principal == world.anonymous ? 1 : principal == world.owner ? OWNER_SHARE : OTHER_SHARE;
            }
        }
        return REFUSED_SHARE;
    }

    /** Ready, within its memory, and no OutOfMemoryError in its log; each failure as one line. */
    private static List<String> health(RunningPlatform platform) throws Exception {
        List<String> failures = new ArrayList<>();
        HttpResponse<String> ready = Http.get(platform.uri("/health/ready"));
        if (ready.statusCode() != 200) {
            failures.add("after the walk /health/ready answered " + ready.statusCode() + ": " + ready.body());
        }
        long rss = Files.readAllLines(Path.of("/proc", String.valueOf(platform.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
        System.out.printf("FuzzIT: platform RSS after the walk %d MB%n", rss / 1024);
        if (rss > RSS_LIMIT_KB) {
            failures.add("after the walk the platform's RSS is " + rss / 1024 + " MB, over " + RSS_LIMIT_KB / 1024);
        }
        platform.log().lines().filter(line -> line.contains("OutOfMemoryError")).findFirst()
                .ifPresent(line -> failures.add("the platform ran out of memory: " + line.trim()));
        return failures;
    }
}
