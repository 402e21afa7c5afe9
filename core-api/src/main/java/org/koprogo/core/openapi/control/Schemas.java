package org.koprogo.core.openapi.control;

import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * JSON schemas of the types the platform reads and writes, taken from the platform's own ObjectMapper (its
 * naming strategy, {@code @JsonProperty}, {@code @JsonValue} enums), so a property is named here exactly as on
 * the wire. Objects become named components; a type read from request bodies gets its own component when it is
 * also written, because the two directions differ: a request accepts enums in any case and explicit nulls, a
 * response always carries its primitives.
 */
public final class Schemas {

    /** Which way a type crosses the wire. */
    public enum Direction { READ, WRITTEN }

    private static final String COMPONENTS = "#/components/schemas/";

    private final ObjectMapper mapper;
    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Key, String> names = new HashMap<>();

    private record Key(JavaType type, Direction direction) {
    }

    public Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The named schemas referred to so far, by name. */
    public Map<String, Schema> components() {
        return components;
    }

    /** A schema of {@code type} read from requests or written in responses: a reference for objects. */
    public Schema of(java.lang.reflect.Type type, Direction direction) {
        return of(mapper.constructType(type), direction);
    }

    Schema of(JavaType type, Direction direction) {
        Class<?> raw = type.getRawClass();
        if (InputStream.class.isAssignableFrom(raw)) {
            return scalar(Schema.SchemaType.STRING, "binary"); // a body streamed as it comes (an upload)
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return scalar(Schema.SchemaType.STRING, null);
        }
        if (raw == UUID.class) {
            return scalar(Schema.SchemaType.STRING, "uuid");
        }
        if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == Instant.class) {
            return scalar(Schema.SchemaType.STRING, "date-time");
        }
        if (raw == LocalDate.class) {
            return scalar(Schema.SchemaType.STRING, "date");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return scalar(Schema.SchemaType.BOOLEAN, null);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return scalar(Schema.SchemaType.INTEGER, "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return scalar(Schema.SchemaType.INTEGER, "int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return scalar(Schema.SchemaType.NUMBER, "double");
        }
        if (raw == BigDecimal.class) {
            // Jackson writes BigDecimal as a JSON number (WRITE_BIGDECIMAL_AS_PLAIN and string shapes are not used)
            return scalar(Schema.SchemaType.NUMBER, "decimal");
        }
        if (raw.isEnum()) {
            return enumeration(raw, direction);
        }
        if (type.isContainerType() && !type.isMapLikeType()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                    .items(of(type.getContentType(), direction));
        }
        if (type.isMapLikeType()) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(type.getContentType(), direction));
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema();
        }
        return OASFactory.createSchema().ref(COMPONENTS + component(type, direction));
    }

    private static Schema scalar(Schema.SchemaType type, String format) {
        return OASFactory.createSchema().type(type).format(format);
    }

    /**
     * Values as Jackson writes them; a request may spell them in any case (ACCEPT_CASE_INSENSITIVE_ENUMS), which
     * only a pattern can say.
     */
    private Schema enumeration(Class<?> type, Direction direction) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(mapper.convertValue(constant, String.class));
        }
        Schema schema = scalar(Schema.SchemaType.STRING, null);
        if (direction == Direction.WRITTEN) {
            return schema.enumeration(new ArrayList<>(values));
        }
        return schema.pattern(values.stream().map(Schemas::anyCase).collect(Collectors.joining("|", "^(?:", ")$")))
                .description("one of " + String.join(", ", values) + ", in any case");
    }

    private static String anyCase(String value) {
        StringBuilder pattern = new StringBuilder();
        value.codePoints().forEach(c -> {
            int upper = Character.toUpperCase(c);
            int lower = Character.toLowerCase(c);
            if (upper == lower) {
                pattern.append(Character.isLetterOrDigit(c) ? Character.toString(c) : "\\" + Character.toString(c));
            } else {
                pattern.append('[').appendCodePoint(upper).appendCodePoint(lower).append(']');
            }
        });
        return pattern.toString();
    }

    /** The component's name, building its schema on first use. */
    private String component(JavaType type, Direction direction) {
        Key key = new Key(type, direction);
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        String name = freeName(type, direction);
        names.put(key, name);
        components.put(name, OASFactory.createSchema()); // taken before the properties, which may refer to it
        components.put(name, object(type, direction));
        return name;
    }

    private String freeName(JavaType type, Direction direction) {
        // Page<BuildingResponse> is a BuildingResponsePage
        String simple = type.getBindings().getTypeParameters().stream()
                .map(parameter -> parameter.getRawClass().getSimpleName()).collect(Collectors.joining())
                + type.getRawClass().getSimpleName();
        boolean other = names.keySet().stream().anyMatch(key -> key.type().equals(type));
        String name = other && direction == Direction.READ ? simple + "Input" : simple;
        Class<?> outer = type.getRawClass().getEnclosingClass();
        if (components.containsKey(name) && outer != null) {
            name = outer.getSimpleName() + name;
        }
        String candidate = name;
        for (int n = 2; components.containsKey(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private Schema object(JavaType type, Direction direction) {
        BeanDescription bean = direction == Direction.READ
                ? mapper.getDeserializationConfig().introspect(type)
                : mapper.getSerializationConfig().introspect(type);
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        if (direction == Direction.READ || bean.findAnyGetter() != null) {
            // JsonMapping ignores members it does not model; an any-getter writes members of its own
            schema.additionalPropertiesBoolean(true);
        }
        List<String> required = new ArrayList<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (direction == Direction.WRITTEN ? !property.couldSerialize() : !property.couldDeserialize()) {
                continue;
            }
            if (property.getAccessor() != null && property.getAccessor().hasAnnotation(JsonAnyGetter.class)) {
                continue; // its entries are members, the map is none
            }
            Schema value = of(property.getPrimaryType(), direction);
            AnnotatedElement element = annotated(type.getRawClass(), property);
            boolean primitive = property.getPrimaryType().isPrimitive();
            boolean mandatory = direction == Direction.READ
                    ? element != null && (element.isAnnotationPresent(NotNull.class)
                    || element.isAnnotationPresent(NotBlank.class) || element.isAnnotationPresent(NotEmpty.class))
                    : primitive;
            if (mandatory) {
                required.add(property.getName());
            } else if (direction == Direction.READ || alwaysWritten(property)) {
                // a client may send null where a value is optional (a primitive then reads as its zero)
                value = nullable(value);
            }
            if (element != null && direction == Direction.READ) {
                BeanValidationBounds.apply(element, value);
            }
            schema.addProperty(property.getName(), value);
        }
        return required.isEmpty() ? schema : schema.required(required);
    }

    private static boolean alwaysWritten(BeanPropertyDefinition property) {
        AnnotatedMember accessor = property.getAccessor();
        JsonInclude include = accessor == null ? null : accessor.getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.ALWAYS;
    }

    /** A $ref cannot carry nullable in OpenAPI 3.0: wrap it. */
    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            return OASFactory.createSchema().nullable(true).allOf(List.of(schema));
        }
        return schema.nullable(true);
    }

    /** Where Bean Validation's annotations of a property sit: its field (records copy them there). */
    private static AnnotatedElement annotated(Class<?> type, BeanPropertyDefinition property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(property.getInternalName());
            } catch (NoSuchFieldException e) {
                // declared higher up, or no field at all
            }
        }
        return null;
    }
}
