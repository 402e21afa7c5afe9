package org.koprogo.core.json.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * KoproGo's wire format, one ObjectMapper for the whole platform. Jackson rather than JSON-B: Yasson hashes
 * every object it writes (cycle detection), records field by field, which cost a quarter of the CPU of a list.
 */
@Provider
public class JsonMapping implements ContextResolver<ObjectMapper> {

    public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;

    /** KoproGo's bodies nest three levels at most; deeper is an attack on the parser's stack. */
    static final int MAX_NESTING_DEPTH = 32;

    /** Money has 14 digits; a longer number is no amount and costs the parser quadratic time. */
    static final int MAX_NUMBER_LENGTH = 100;

    public static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory().setStreamReadConstraints(
                    readConstraints(maxBodyBytes())))
            // {"email":"a","email":"b"} is ambiguous: which one was checked, which one stored?
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new JavaTimeModule())
            // after JavaTimeModule: its dates are then checked too
            .addModule(new StorableValues())
            // after JavaTimeModule: replaces its writer of timestamps with a faster one writing the same text
            .addModule(new Timestamps())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // RFC 3339 text, as KoproGo writes timestamps; never epoch numbers
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // KoproGo clients send fields this API does not model; ignore them rather than fail
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 12.5 tantièmes is an error, not 12
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // an enum's wire spelling is its toString (WireEnum.pascal for KoproGo's, "syndic" for a role), so
            // entities need no Jackson annotation; "Maintenance" and "maintenance" are one category
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // "12" is not a number, 12 is not a text: JSON's types are the document's (dates: StorableValues)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** No document, and so no string in it, is longer than the request body cap lets in. */
    static StreamReadConstraints readConstraints(int maxBodyBytes) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxBodyBytes)
                .maxStringLength(maxBodyBytes)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build();
    }

    /** KOPROGO_MAX_BODY_BYTES, as BodySizeLimit reads it; its default where no configuration runs (unit tests). */
    private static int maxBodyBytes() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("KOPROGO_MAX_BODY_BYTES", Integer.class)
                    .orElse(DEFAULT_MAX_BODY_BYTES);
        } catch (IllegalStateException noConfiguration) {
            return DEFAULT_MAX_BODY_BYTES;
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
