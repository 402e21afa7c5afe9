package org.koprogo.deploy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.koprogo.deploy.FuzzWorld.Principal;
import org.koprogo.deploy.HostileInputs.Hostile;

/**
 * The requests of the walk, derived from the routes and the world: for each route and principal, its sensible
 * request with one thing at a time made hostile (a property, the whole body, a header, a path parameter, a query
 * parameter, the method). Deterministic for a given seed.
 */
final class FuzzPlan {

    /** Marks the requests whose answer must be 404: a syndic naming another organization's resource. */
    static final String CROSS_ORGANIZATION = "cross-organization";

    /** Routes that end sessions or remove data: walked last, so the rest of the walk still has its world. */
    private static final Pattern ENDS_SOMETHING = Pattern.compile(".*/(deactivate|suspend|logout)$|/api/v1/seed");

    /**
     * The superadmin's own routes refuse every other role before they read anything: 403 whatever the id names
     * (GdprIT checks it), so another organization's id tells the syndic nothing there.
     */
    private static final String SUPERADMINS = "/api/v1/admin/";

    private final FuzzWorld world;
    private final Random random;
    private final AtomicLong unique = new AtomicLong();

    FuzzPlan(FuzzWorld world, long seed) {
        this.world = world;
        this.random = new Random(seed);
    }

    static boolean endsSomething(FuzzRequest request) {
        return "DELETE".equals(request.method()) || ENDS_SOMETHING.matcher(request.routeKey()).matches();
    }

    /** Each route as each principal sends it sensibly; another organization's syndic names A's resources. */
    List<FuzzRequest> baselines(List<FuzzRoute> routes) {
        List<FuzzRequest> requests = new ArrayList<>();
        for (FuzzRoute route : routes) {
            for (Principal principal : world.principals()) {
                String inputClass = principal == world.otherSyndic && !route.pathParameters().isEmpty()
                        && !route.template().startsWith(SUPERADMINS) ? CROSS_ORGANIZATION : "baseline";
                requests.add(withBody(principal, route, inputClass, world.path(route), world.body(route)));
            }
        }
        return requests;
    }

    /**
     * Every hostile variant of the route for the principal, each kept with the given probability (1 keeps all).
     */
    List<FuzzRequest> hostile(FuzzRoute route, Principal principal, double keep) {
        List<FuzzRequest> requests = new ArrayList<>();
        String path = world.path(route);
        if (route.takesBody()) {
            requests.addAll(fields(route, principal, path));
            requests.addAll(bodies(route, principal, path));
        } else {
            requests.add(json(principal, route, "body:unexpected", path, "{\"a\":1}"));
            requests.add(json(principal, route, "body:unexpected", path, "[".repeat(10_000)));
        }
        requests.addAll(pathParameters(route, principal));
        requests.addAll(queryParameters(route, principal, path));
        requests.removeIf(request -> random.nextDouble() >= keep);
        return requests;
    }

    private List<FuzzRequest> fields(FuzzRoute route, Principal principal, String path) {
        Map<String, String> body = world.body(route);
        List<FuzzRequest> requests = new ArrayList<>();
        for (String property : world.properties(route)) {
            for (Hostile value : HostileInputs.FIELD_VALUES) {
                Map<String, String> hostile = new LinkedHashMap<>(body);
                hostile.put(property, value.value());
                requests.add(withBody(principal, route, "field:" + value.inputClass(), path, hostile));
            }
            if (body.containsKey(property)) {
                Map<String, String> missing = new LinkedHashMap<>(body);
                missing.remove(property);
                requests.add(withBody(principal, route, "field:missing", path, missing));
            }
        }
        return requests;
    }

    private List<FuzzRequest> bodies(FuzzRoute route, Principal principal, String path) {
        List<FuzzRequest> requests = new ArrayList<>();
        for (Hostile body : HostileInputs.MALFORMED_BODIES) {
            requests.add(json(principal, route, "body:" + body.inputClass(), path, body.value()));
        }
        String sensible = fresh(object(world.body(route)));
        String members = sensible.substring(1, sensible.length() - 1);
        requests.add(json(principal, route, "body:duplicate-keys", path, "{" + members + "," + members + "}"));
        requests.add(json(principal, route, "body:duplicate-keys", path,
                "{" + (members + ",").repeat(2000) + members + "}"));
        FuzzRequest plain = json(principal, route, "content-type", path, sensible);
        for (String contentType : HostileInputs.CONTENT_TYPES) {
            requests.add(plain.withHeader("Content-Type", contentType));
        }
        requests.add(plain.withoutHeader("Content-Type").withBody("content-type:missing", plain.body()));
        for (String accept : HostileInputs.ACCEPTS) {
            requests.add(plain.withHeader("Accept", accept).withBody("accept", plain.body()));
        }
        byte[] bytes = sensible.getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = HostileInputs.gzip(sensible);
        byte[] truncated = Arrays.copyOf(gzipped, gzipped.length / 2);
        requests.add(plain.withHeader("Content-Encoding", "gzip").withBody("encoding:gzip", gzipped));
        requests.add(plain.withHeader("Content-Encoding", "gzip").withBody("encoding:gzip-garbage", bytes));
        requests.add(plain.withHeader("Content-Encoding", "gzip").withBody("encoding:gzip-truncated", truncated));
        requests.add(plain.withHeader("Content-Encoding", "deflate").withBody("encoding:deflate-garbage", gzipped));
        requests.add(plain.withHeader("Content-Encoding", "br").withBody("encoding:unknown", bytes));
        requests.add(plain.withHeader("Content-Encoding", "gzip, gzip")
                .withBody("encoding:double-gzip", HostileInputs.gzip(gzipped)));
        requests.add(plain.withHeader("Content-Encoding", "gzip").withBody("encoding:gzip-over-cap",
                HostileInputs.gzip(" ".repeat(2 * HostileInputs.BODY_CAP) + sensible)));
        return requests;
    }

    private List<FuzzRequest> pathParameters(FuzzRoute route, Principal principal) {
        List<FuzzRequest> requests = new ArrayList<>();
        Map<String, String> body = route.takesBody() ? world.body(route) : null;
        for (String parameter : route.pathParameters()) {
            List<Hostile> values = new ArrayList<>(HostileInputs.PATH_VALUES);
            world.pathValues(route, parameter).stream().skip(1).forEach(v -> values.add(new Hostile("known-value", v)));
            values.add(new Hostile("case", world.pathValues(route, parameter).get(0).toUpperCase()));
            for (Hostile value : values) {
                String path = route.template().replace("{" + parameter + "}", value.value());
                for (String other : route.pathParameters()) {
                    path = path.replace("{" + other + "}", world.pathValues(route, other).get(0));
                }
                requests.add(withBody(principal, route, "path:" + value.inputClass(), path, body));
            }
        }
        return requests;
    }

    private List<FuzzRequest> queryParameters(FuzzRoute route, Principal principal, String path) {
        List<FuzzRequest> requests = new ArrayList<>();
        Map<String, String> body = route.takesBody() ? world.body(route) : null;
        for (String parameter : route.queryParameters()) {
            for (Hostile value : HostileInputs.QUERY_VALUES) {
                requests.add(withBody(principal, route, "query:" + value.inputClass(),
                        path + "?" + parameter + "=" + value.value(), body));
            }
            requests.add(withBody(principal, route, "query:repeated",
                    path + "?" + parameter + "=1&" + parameter + "=2&" + parameter + "=%00", body));
        }
        return requests;
    }

    /** Every template with odd methods, and paths no route serves, as the principal. */
    List<FuzzRequest> oddMethodsAndPaths(List<FuzzRoute> routes, Principal principal) {
        List<FuzzRequest> requests = new ArrayList<>();
        Map<String, FuzzRoute> templates = routes.stream()
                .collect(Collectors.toMap(FuzzRoute::template, route -> route, (a, b) -> a, LinkedHashMap::new));
        for (FuzzRoute route : templates.values()) {
            for (String method : HostileInputs.ODD_METHODS) {
                requests.add(new FuzzRequest(principal, method + " " + route.template(), "method", method,
                        world.path(route), Map.of(), null));
            }
        }
        for (String path : HostileInputs.ODD_PATHS) {
            requests.add(new FuzzRequest(principal, "GET (odd path)", "odd-path", "GET", path, Map.of(), null));
            requests.add(new FuzzRequest(principal, "POST (odd path)", "odd-path", "POST", path,
                    Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)));
        }
        return requests;
    }

    /** Bodies that inflate to about 20 MB, to every route that takes a body. */
    List<FuzzRequest> gzipBombs(List<FuzzRoute> routes, Principal principal) {
        List<FuzzRequest> requests = new ArrayList<>();
        for (FuzzRoute route : routes.stream().filter(FuzzRoute::takesBody).toList()) {
            Map<String, String> body = world.body(route);
            FuzzRequest bomb = new FuzzRequest(principal, route.key(), "encoding:gzip-bomb", route.method(),
                    world.path(route), Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), null);
            requests.add(bomb.withBody("encoding:gzip-bomb",
                    HostileInputs.gzipBomb(body.keySet().stream().findFirst().orElse("email"))));
            requests.add(bomb.withBody("encoding:gzip-whitespace-bomb", HostileInputs.whitespaceBomb(fresh(object(body)))));
        }
        return requests;
    }

    /** Shuffled with the plan's seed: the same order on every run, hostile classes interleaved. */
    List<FuzzRequest> shuffled(List<FuzzRequest> requests) {
        List<FuzzRequest> order = new ArrayList<>(requests);
        Collections.shuffle(order, random);
        return order;
    }

    private FuzzRequest withBody(Principal principal, FuzzRoute route, String inputClass, String path,
                                 Map<String, String> body) {
        return json(principal, route, inputClass, path, body == null || !route.takesBody() ? null : object(body));
    }

    private FuzzRequest json(Principal principal, FuzzRoute route, String inputClass, String path, String json) {
        return FuzzRequest.json(principal, route, inputClass, route.method(), path,
                json == null ? null : fresh(json));
    }

    /** {@code %u} made a number no other request of the walk uses. */
    private String fresh(String json) {
        return json.replace("%u", String.valueOf(unique.incrementAndGet()));
    }

    private static String object(Map<String, String> body) {
        return body.entrySet().stream().map(member -> "\"" + member.getKey() + "\":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
