package th.tambondesk.cases;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A case's details as JSON text: [{"label": …, "value": …}]. */
@Converter
class DetailsConverter implements AttributeConverter<List<OpenCase.Detail>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<OpenCase.Detail> details) {
        try {
            return JSON.writeValueAsString(details == null ? List.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<OpenCase.Detail> convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case details", e);
        }
    }
}
