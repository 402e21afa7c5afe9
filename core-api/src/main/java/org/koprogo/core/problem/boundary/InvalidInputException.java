package org.koprogo.core.problem.boundary;

import java.util.List;

/** Input that passed Bean Validation but breaks a rule the resource checks itself: a 400 listing the fields. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.InvalidField> errors;

    public InvalidInputException(List<Problem.InvalidField> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.InvalidField> errors() {
        return errors;
    }
}
