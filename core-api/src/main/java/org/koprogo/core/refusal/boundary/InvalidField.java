package org.koprogo.core.refusal.boundary;

/** One invalid part of a request: a JSON pointer into its body, or the name of a query, path or header parameter. */
public record InvalidField(String pointer, String parameter, String detail) {

    public static InvalidField inBody(String pointer, String detail) {
        return new InvalidField(pointer, null, detail);
    }

    public static InvalidField inParameter(String parameter, String detail) {
        return new InvalidField(null, parameter, detail);
    }
}
