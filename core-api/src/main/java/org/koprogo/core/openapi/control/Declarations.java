package org.koprogo.core.openapi.control;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/** What a resource class or method declares for its documentation, beyond what its code shows. */
public interface Declarations {

    /**
     * An answer: its status, its body's type (null for none), its description (blank for the usual one), whether
     * a {@code Location} names the created resource, whether it is one page of a list with its headers.
     */
    record DeclaredAnswer(int status, Class<?> body, String description, boolean location, boolean pageHeaders) {
    }

    Optional<String> operationId(Method method);

    /** The record listing the fields of a form body the method reads as a stream. */
    Optional<Class<?>> formBody(Method method);

    /** The answers a method, or a class for its methods returning {@code Response}, declares. */
    List<DeclaredAnswer> answers(AnnotatedElement element);
}
