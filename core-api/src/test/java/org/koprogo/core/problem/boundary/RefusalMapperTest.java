package org.koprogo.core.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.koprogo.core.json.boundary.JsonMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.core.refusal.boundary.Gone;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotAuthenticated;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.refusal.boundary.PreconditionFailed;
import org.koprogo.core.refusal.boundary.Refusal;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.refusal.boundary.TooManyAttempts;

class RefusalMapperTest {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(InvalidInput.inBody("#/name", "must not be blank"), 400),
                Arguments.of(new NotAuthenticated("Invalid email or password"), 401),
                Arguments.of(new NotPermitted("Only a superadmin can make a superadmin"), 403),
                Arguments.of(new NotFound("No building 42"), 404),
                Arguments.of(new Gone("User 42 was erased"), 410),
                Arguments.of(new RuleViolation("The units' quotas would total 1001"), 409),
                Arguments.of(new PreconditionFailed("The resource has changed"), 412),
                Arguments.of(new TooManyAttempts("Too many failed sign-ins", 30), 429));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void eachKindHasItsStatusAsProblemJson(Refusal refusal, int status) {
        Response answer = RefusalMapper.answer(refusal, "/api/v1/buildings");

        assertEquals(status, answer.getStatus());
        assertEquals(Problem.JSON, answer.getMediaType());
        Problem problem = (Problem) answer.getEntity();
        assertEquals(status, problem.status());
        assertEquals("/api/v1/buildings", problem.instance());
    }

    @Test
    void aRuleViolationSaysWhichRule() {
        Problem problem = (Problem) RefusalMapper.answer(new RuleViolation("Owner 7 already holds a share"), "/x")
                .getEntity();

        assertEquals("Owner 7 already holds a share", problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void aRuleViolationCarriesItsExtensionMembersIntoTheJson() throws Exception {
        RuleViolation held = new RuleViolation("Erasure is held", Map.of("holds", List.of(Map.of("code", "x"))));

        String json = JsonMapping.MAPPER.writeValueAsString(RefusalMapper.answer(held, "/x").getEntity());

        JsonNode problem = JsonMapping.MAPPER.readTree(json);
        assertEquals(409, problem.get("status").asInt());
        assertEquals("x", problem.get("holds").get(0).get("code").asText(), json);
        assertFalse(problem.has("extensions"), json);
    }

    @Test
    void aProblemWithoutExtensionsWritesNone() throws Exception {
        String json = JsonMapping.MAPPER.writeValueAsString(Problem.of(404, "Not Found", "No building 42", "/x"));

        assertEquals(Set.of("type", "title", "status", "detail", "instance", "error"),
                Set.copyOf(iterable(JsonMapping.MAPPER.readTree(json).fieldNames())), json);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> all = new java.util.ArrayList<>();
        items.forEachRemaining(all::add);
        return all;
    }

    @Test
    void invalidInputListsItsFields() {
        InvalidField field = InvalidField.inParameter("per_page", "must be between 1 and 100");
        Problem problem = (Problem) RefusalMapper.answer(new InvalidInput(List.of(field)), "/x").getEntity();

        assertEquals(Problem.VALIDATION_TYPE, problem.type());
        assertEquals(List.of(field), problem.errors());
    }

    @Test
    void unauthenticatedCallersAreChallenged() {
        Response answer = RefusalMapper.answer(new NotAuthenticated("Authentication required"), "/x");

        assertEquals("Bearer", answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void throttledCallersAreToldWhenToComeBack() {
        Response answer = RefusalMapper.answer(new TooManyAttempts("Too many failed sign-ins", 42), "/x");

        assertEquals("42", answer.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
