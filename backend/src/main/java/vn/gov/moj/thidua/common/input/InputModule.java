package vn.gov.moj.thidua.common.input;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The one place where request bodies are cleaned: every string through {@link CleanTextDeserializer}, every date
 * through {@link SaneDateDeserializer}. Registered after Quarkus' own modules, so these win over the defaults.
 */
@Singleton
public class InputModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("thidua-input");
        module.addDeserializer(String.class, new CleanTextDeserializer());
        module.addDeserializer(LocalDate.class, new SaneDateDeserializer());
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
