package org.koprogo.core.openapi.control;

import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** Bean Validation's bounds of a request's member, where JSON Schema can say the same. */
final class BeanValidationBounds {

    private BeanValidationBounds() {
    }

    static void apply(AnnotatedElement element, Schema schema) {
        Size size = element.getAnnotation(Size.class);
        if (size != null && schema.getType() == Schema.SchemaType.STRING) {
            if (size.min() > 0) {
                schema.minLength(size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                schema.maxLength(size.max());
            }
        }
        if (element.isAnnotationPresent(NotBlank.class) || element.isAnnotationPresent(NotEmpty.class)) {
            schema.minLength(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
        }
        Min min = element.getAnnotation(Min.class);
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        }
        if (element.isAnnotationPresent(PositiveOrZero.class)) {
            schema.minimum(BigDecimal.ZERO);
        }
        if (element.isAnnotationPresent(Positive.class)) {
            schema.minimum(BigDecimal.ZERO).exclusiveMinimum(true);
        }
        DecimalMin decimalMin = element.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            schema.minimum(new BigDecimal(decimalMin.value())).exclusiveMinimum(!decimalMin.inclusive());
        }
        DecimalMax decimalMax = element.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            schema.maximum(new BigDecimal(decimalMax.value())).exclusiveMaximum(!decimalMax.inclusive());
        }
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null) {
            // Bean Validation matches the whole value; a JSON Schema pattern matches anywhere unless anchored
            schema.pattern("^(?:" + pattern.regexp() + ")$");
        }
    }
}
