package org.koprogo.core.openapi.boundary;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.koprogo.core.openapi.control.Declarations;

/** The declarations of {@link Answer}, {@link OperationId} and {@link FormBody}. */
final class AnnotatedDeclarations implements Declarations {

    @Override
    public Optional<String> operationId(Method method) {
        return Optional.ofNullable(method.getAnnotation(OperationId.class)).map(OperationId::value);
    }

    @Override
    public Optional<Class<?>> formBody(Method method) {
        return Optional.ofNullable(method.getAnnotation(FormBody.class)).map(FormBody::value);
    }

    @Override
    public List<DeclaredAnswer> answers(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotationsByType(Answer.class))
                .map(answer -> new DeclaredAnswer(answer.status(), answer.body() == Void.class ? null : answer.body(),
                        answer.description(), answer.location(), answer.pageHeaders()))
                .toList();
    }
}
