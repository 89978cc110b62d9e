package uk.gov.childprotection.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads a request body: strictly. A value is taken only in its own JSON type, so a number is never
 * a choice ({@code "gender": 1} is not the second gender), nor text ({@code "givenName": 12}), nor a date; a
 * true/false is not text; a date is {@code yyyy-mm-dd} between 1900 and 2199 ({@link InputDates}); a field
 * given twice is refused. Each refusal is a 400 naming the field (ApiExceptionHandler). The engine's REST API
 * and Spin keep their own readers.
 */
@Configuration
class JsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    // Registered last, so it is the LocalDate reader (over the JavaTimeModule's lenient one).
                    mapper.registerModule(new SimpleModule("strict-dates")
                            .addDeserializer(LocalDate.class, new StrictDate()));
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Enum)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
                });
    }

    /** {@code yyyy-mm-dd}, a real day, within {@link InputDates}' years; a JSON null stays null. */
    static class StrictDate extends StdScalarDeserializer<LocalDate> {

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = text.length() == 10 ? InputDates.parse(text) : null;
            if (date == null) {
                throw context.weirdStringException(text, LocalDate.class, "not a date (use yyyy-mm-dd)");
            }
            if (!InputDates.inRange(date)) {
                throw context.weirdStringException(text, LocalDate.class, InputDates.OUT_OF_RANGE);
            }
            return date;
        }
    }
}
