package th.tambondesk.catalog;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Lists kept as JSON text in one column each. */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable catalogue column: " + e.getOriginalMessage(), e);
        }
    }

    @Converter
    static class Strings implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return write(value == null ? List.of() : value);
        }

        @Override
        public List<String> convertToEntityAttribute(String json) {
            return read(json, new TypeReference<>() {
            });
        }
    }

    @Converter
    static class Steps implements AttributeConverter<List<Step>, String> {
        @Override
        public String convertToDatabaseColumn(List<Step> value) {
            return write(value == null ? List.of() : value);
        }

        @Override
        public List<Step> convertToEntityAttribute(String json) {
            return read(json, new TypeReference<>() {
            });
        }
    }

    @Converter
    static class Fields implements AttributeConverter<List<FieldSpec>, String> {
        @Override
        public String convertToDatabaseColumn(List<FieldSpec> value) {
            return write(value == null ? List.of() : value);
        }

        @Override
        public List<FieldSpec> convertToEntityAttribute(String json) {
            return read(json, new TypeReference<>() {
            });
        }
    }
}
