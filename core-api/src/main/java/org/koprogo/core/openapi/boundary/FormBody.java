package org.koprogo.core.openapi.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields of a form body (multipart/form-data) that a method reads as a stream, so that {@code /openapi} can list
 * them: a record whose components are the fields, in wire names (snake_case), an {@code InputStream} for a file,
 * Bean Validation constraints for what is required and bounded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FormBody {

    Class<? extends Record> value();
}
