package org.onebacklog.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Decimals in JSON bodies follow the same bounds as in forms ({@link Numbers}): {@code 1e999999999} is a 400 naming
 * the field, never arithmetic that overflows deep inside a service.
 */
@Singleton
public class JsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("onebacklog-numbers")
                .addDeserializer(BigDecimal.class, new Bounded()));
    }

    static final class Bounded extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && !Numbers.reasonable(value)) {
                throw context.weirdNumberException(value, BigDecimal.class, "out of range");
            }
            return value;
        }
    }
}
