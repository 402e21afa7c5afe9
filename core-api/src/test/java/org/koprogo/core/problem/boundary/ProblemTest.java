package org.koprogo.core.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.core.refusal.boundary.InvalidField;

class ProblemTest {

    @Test
    void errorRepeatsTheDetail() {
        assertEquals("No building 42", Problem.of(404, "Not Found", "No building 42", "/x").error());
    }

    @Test
    void errorFallsBackOnTheTitle() {
        assertEquals("Not Found", Problem.of(404, "Not Found", null, "/x").error());
    }

    @Test
    void errorNamesTheInvalidFieldsAsAClientKnowsThem() {
        Problem problem = Problem.invalid(List.of(InvalidField.inBody("#/address/city", "must not be blank"),
                InvalidField.inParameter("per_page", "must be a whole number"),
                InvalidField.inBody("#", "must not be empty")), "/x");

        assertEquals("address.city: must not be blank; per_page: must be a whole number; body: must not be empty",
                problem.error());
    }

    @Test
    void errorCountsWhatItDoesNotName() {
        List<InvalidField> five = List.of("a", "b", "c", "d", "e").stream()
                .map(name -> InvalidField.inBody("#/" + name, "must not be null")).toList();

        assertEquals("a: must not be null; b: must not be null; c: must not be null (and 2 more)",
                Problem.invalid(five, "/x").error());
    }
}
