package org.koprogo.load.traffic;

import java.io.Closeable;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.koprogo.load.http.BaseUrl;
import org.koprogo.load.http.HttpConnection;
import org.koprogo.load.http.Json;
import org.koprogo.load.http.Response;

/**
 * One simulated client: one keep-alive connection, one signed-in session and its own building, units, owners and
 * meetings, so that what it creates never collides with another virtual user's. Used by one thread at a time.
 */
public final class VirtualUser implements Closeable {

    private static final String BUILDINGS = "/api/v1/buildings";
    private static final int SET_UP_OWNERS = 3;
    /** One list read in five asks for page 2. */
    private static final int SECOND_PAGE_ONE_IN = 5;

    private final HttpConnection connection;
    private final Session session;
    private final RequestBodies bodies;
    private final ShareLedger ledger = new ShareLedger();
    private final WriteRetries writeRetries;
    private final Attempt.Log attempts;
    private String buildingId;

    public VirtualUser(int number, BaseUrl server, Account account) {
        this(number, server, account, null, Attempt.Log.NONE);
    }

    /**
     * {@code writeRetries}, when not null, makes every POST carry an Idempotency-Key and be retried with it;
     * {@code attempts} sees every exchange, retries included.
     */
    public VirtualUser(int number, BaseUrl server, Account account, WriteRetries writeRetries,
                       Attempt.Log attempts) {
        this.connection = new HttpConnection(server);
        this.session = new Session(account);
        this.bodies = new RequestBodies(number);
        this.writeRetries = writeRetries;
        this.attempts = attempts;
    }

    public void signIn() throws SetUpFailure {
        session.login(connection);
    }

    /** Its own building with one unit and three owners, so that its writes break no business rule. */
    public void setUp() throws SetUpFailure {
        Response building = post(BUILDINGS, bodies.building());
        buildingId = building.status() == 201 ? Json.read(building).path("id").asText(null) : null;
        require(buildingId != null, "POST " + BUILDINGS);
        require(createUnit() == 201, Route.CREATE_UNIT.label());
        for (int i = 0; i < SET_UP_OWNERS; i++) {
            require(createOwner() == 201, Route.CREATE_OWNER.label());
        }
    }

    /**
     * Sends one request of the route and records it, latency counted from {@code startNanos}. The session is
     * renewed first when its token is about to expire, and once more on a 401; renewals are recorded as
     * {@link Route#REFRESH}.
     */
    public void perform(Route route, long startNanos, Recorder recorder) {
        if (route.needsToken() && session.expiresSoon()) {
            refresh(recorder);
        }
        int status = send(route);
        if (status == 401 && route.needsToken() && refresh(recorder) == 200) {
            status = send(route);
        }
        recorder.record(route, status, startNanos, System.nanoTime());
    }

    @Override
    public void close() {
        connection.close();
    }

    private int send(Route route) {
        return switch (route) {
            case CREATE_OWNER -> createOwner();
            case CREATE_UNIT -> createUnit();
            case CREATE_EXPENSE -> post(route.template(), bodies.expense(buildingId)).status();
            case CREATE_MEETING -> post(route.template(), bodies.meeting(buildingId)).status();
            case GRANT_SHARE -> grantShare();
            case HEALTH -> exchange("GET", route.template(), null, null, null).status();
            default -> exchange("GET", route.paged() ? route.page(pageToRead()) : route.template(),
                    session.accessToken(), null, null).status();
        };
    }

    private int refresh(Recorder recorder) {
        long sent = System.nanoTime();
        int status = session.refresh(connection);
        recorder.record(Route.REFRESH, status, sent, System.nanoTime());
        return status;
    }

    /**
     * Grants a share the server must accept. When every unit with room already has a share from each owner,
     * the missing owner (or unit) is created first; that creation is part of this request, not a statistic
     * of its own, and its failure is this request's.
     */
    private int grantShare() {
        ShareLedger.Share share = ledger.next();
        if (share == null) {
            int created = ledger.needsUnit() ? createUnit() : createOwner();
            share = ledger.next();
            if (share == null) {
                return created;
            }
        }
        Response response = post("/api/v1/units/" + share.unitId() + "/owners", bodies.share(share.ownerId()));
        ledger.attempted(share);
        return response.status();
    }

    private int createUnit() {
        return remember(post(Route.CREATE_UNIT.template(), bodies.unit(buildingId)), ledger::addUnit);
    }

    private int createOwner() {
        return remember(post(Route.CREATE_OWNER.template(), bodies.owner()), ledger::addOwner);
    }

    private static int remember(Response created, Consumer<String> ids) {
        String id = created.status() == 201 ? Json.read(created).path("id").asText(null) : null;
        if (id != null) {
            ids.accept(id);
        }
        return created.status();
    }

    private Response post(String path, byte[] body) {
        if (writeRetries == null) {
            return exchange("POST", path, session.accessToken(), null, body);
        }
        return postRetried(path, body, writeRetries.policy());
    }

    /**
     * Sends the write with a key of its own until it gets an answer that is not worth retrying or the policy
     * gives up; the last answer is the write's. An acknowledged creation goes to the ledger.
     */
    private Response postRetried(String path, byte[] body, RetryPolicy policy) {
        String key = UUID.randomUUID().toString();
        long first = System.nanoTime();
        int attempt = 1;
        Response response = exchange("POST", path, session.accessToken(), key, body);
        boolean firstFailed = policy.retryable(response.status());
        while (policy.retryable(response.status())) {
            long wait = policy.waitMillis(attempt, response.retryAfterSeconds(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first));
            if (wait == RetryPolicy.GIVE_UP) {
                break;
            }
            UserThreads.sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait));
            attempt++;
            response = exchange("POST", path, session.accessToken(), key, body);
        }
        boolean succeeded = response.status() / 100 == 2;
        writeRetries.counted(attempt, firstFailed, succeeded);
        WriteLedger.Table table = WriteLedger.tableOf(path);
        if (succeeded && table != null) {
            writeRetries.ledger().acknowledged(table, Json.read(response).path("id").asText(null),
                    Json.read(body).path(table.markerColumn()).asText(null));
        }
        return response;
    }

    private Response exchange(String method, String path, String bearer, String idempotencyKey, byte[] body) {
        long sent = System.nanoTime();
        Response response = connection.send(method, path, bearer, idempotencyKey, body);
        attempts.add(new Attempt(path, response.status(), response.retryAfterSeconds() >= 0, sent,
                System.nanoTime()));
        return response;
    }

    private static int pageToRead() {
        return ThreadLocalRandom.current().nextInt(SECOND_PAGE_ONE_IN) == 0 ? 2 : 1;
    }

    private void require(boolean done, String what) throws SetUpFailure {
        if (!done) {
            Response answer = connection.response();
            throw new SetUpFailure(what + " answered " + answer.status() + " " + answer.bodyText());
        }
    }
}
