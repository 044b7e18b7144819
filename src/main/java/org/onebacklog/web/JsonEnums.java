package org.onebacklog.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Enums in JSON bodies are their names only: Jackson would otherwise take {@code "kind": 1} as the second kind,
 * an order nobody promised. The refusal is a 400 naming the field and the names ({@link Problems}).
 */
@Singleton
public class JsonEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
