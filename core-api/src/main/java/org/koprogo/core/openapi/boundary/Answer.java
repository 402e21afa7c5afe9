package org.koprogo.core.openapi.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer of a resource method that its signature cannot show in {@code /openapi}: the status and body of a
 * method returning {@code Response}, or an error status the platform's rules do not imply (429 on sign-in). On a
 * class, the answer of each of its {@code Response} methods that declares none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Answers.class)
public @interface Answer {

    int status();

    /** The type of the body; none for an error (problem+json) or an empty answer. */
    Class<?> body() default Void.class;

    String description() default "";

    /** A {@code Location} header names the created resource. */
    boolean location() default false;

    /** The body is one page of a list, its total and other pages in headers ({@code BareList}). */
    boolean pageHeaders() default false;
}
