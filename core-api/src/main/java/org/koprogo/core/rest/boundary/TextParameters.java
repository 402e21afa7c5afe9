package org.koprogo.core.rest.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands text parameters over as they came. Jersey builds the fields of a {@code @BeanParam} (the paging of every
 * list) anew at each request, and looked for String's converter each time through two reflective lookups that
 * fail ({@code valueOf(String)}, {@code fromString(String)}), each throwing a NoSuchMethodException with a deep
 * stack: a few per cent of a list's CPU. Providers of the application are asked before Jersey's own.
 */
@Provider
public class TextParameters implements ParamConverterProvider {

    static final ParamConverter<String> AS_IS = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no parameter value"); // as ParamConverter's contract says
            }
            return value;
        }

        @Override
        public String toString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no parameter value");
            }
            return value;
        }
    };

    @Override
    @SuppressWarnings("unchecked") // T is String
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == String.class ? (ParamConverter<T>) AS_IS : null;
    }
}
