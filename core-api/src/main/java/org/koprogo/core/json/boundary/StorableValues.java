package org.koprogo.core.json.boundary;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.koprogo.core.json.control.Storable;

/**
 * Every string and every date read from a body is checked against what the database can store (see
 * {@link Storable}), whatever record it belongs to: the usual deserializer reads it, then the check runs. A date
 * is RFC 3339 text: the epoch number Jackson's time module would also take is refused.
 */
final class StorableValues extends SimpleModule {

    StorableValues() {
        super("koprogo-storable-values");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                return type == String.class || TemporalAccessor.class.isAssignableFrom(type)
                        ? new Checked(deserializer) : deserializer;
            }
        });
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken().isNumeric() && TemporalAccessor.class.isAssignableFrom(handledType())) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object value = super.deserialize(parser, context);
            Optional<String> problem = value instanceof String text ? Storable.textProblem(text)
                    : value instanceof TemporalAccessor date ? Storable.dateProblem(date) : Optional.empty();
            if (problem.isPresent()) {
                throw new UnstorableValueException(parser, problem.get(), value, handledType());
            }
            return value;
        }
    }
}
