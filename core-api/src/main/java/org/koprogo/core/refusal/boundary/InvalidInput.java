package org.koprogo.core.refusal.boundary;

import java.util.List;

/** Input that passed Bean Validation but breaks a rule checked in code: a 400 listing the fields. */
public final class InvalidInput extends Refusal {

    private final List<InvalidField> errors;

    public InvalidInput(List<InvalidField> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput inBody(String pointer, String detail) {
        return new InvalidInput(List.of(InvalidField.inBody(pointer, detail)));
    }

    public static InvalidInput inParameter(String parameter, String detail) {
        return new InvalidInput(List.of(InvalidField.inParameter(parameter, detail)));
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
