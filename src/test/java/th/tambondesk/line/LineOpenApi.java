package th.tambondesk.line;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates JSON against a schema of LINE's official OpenAPI spec, including its {@code discriminator} mappings
 * (which plain JSON Schema validators ignore): type, required, properties, items, lengths, sizes, enums, patterns.
 */
public final class LineOpenApi {

    public static final LineOpenApi MESSAGING = load("/line/openapi/messaging-api.yml");

    private final JsonNode schemas;

    private LineOpenApi(JsonNode schemas) {
        this.schemas = schemas;
    }

    private static LineOpenApi load(String resource) {
        try (InputStream in = LineOpenApi.class.getResourceAsStream(resource)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            Map<String, Object> spec = new Yaml(options).load(in);
            JsonNode root = new ObjectMapper().valueToTree(spec);
            return new LineOpenApi(root.path("components").path("schemas"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> validate(String schemaName, JsonNode instance) {
        List<String> errors = new ArrayList<>();
        validate(schema(schemaName), instance, "$", errors, false);
        return errors;
    }

    private JsonNode schema(String name) {
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = schema(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private void validate(JsonNode schema, JsonNode value, String at, List<String> errors, boolean insideAllOf) {
        schema = resolve(schema);
        if (value == null || value.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(at + ": null not allowed");
            }
            return;
        }
        JsonNode discriminator = schema.get("discriminator");
        if (discriminator != null && !insideAllOf) {
            String property = discriminator.path("propertyName").asText();
            String type = value.path(property).asText(null);
            JsonNode mapping = discriminator.path("mapping");
            if (type == null) {
                errors.add(at + ": missing discriminator '" + property + "'");
                return;
            }
            if (!mapping.has(type)) {
                errors.add(at + ": unknown " + property + " '" + type + "'");
                return;
            }
            validate(resolve(textNode(mapping.get(type).asText())), value, at, errors, false);
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                validate(part, value, at, errors, true);
            }
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                boolean any = false;
                for (JsonNode option : schema.get(combinator)) {
                    List<String> optionErrors = new ArrayList<>();
                    validate(option, value, at, optionErrors, false);
                    any |= optionErrors.isEmpty();
                }
                if (!any) {
                    errors.add(at + ": matches none of " + combinator);
                }
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    errors.add(at + ": object expected");
                    return;
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(at + ": array expected");
                    return;
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(at + ": string expected");
                    return;
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(at + ": integer expected");
                    return;
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(at + ": number expected");
                    return;
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(at + ": boolean expected");
                    return;
                }
            }
            default -> {
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                    errors.add(at + ": '" + required.asText() + "' is required");
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                validate(properties.get(name), value.get(name), at + "." + name, errors, false);
            }
        }
        if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                errors.add(at + ": more than " + schema.get("maxItems").asInt() + " items");
            }
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(at + ": fewer than " + schema.get("minItems").asInt() + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    validate(schema.get("items"), value.get(i), at + "[" + i + "]", errors, false);
                }
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
                errors.add(at + ": longer than " + schema.get("maxLength").asInt());
            }
            if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
                errors.add(at + ": shorter than " + schema.get("minLength").asInt());
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                errors.add(at + ": does not match " + schema.get("pattern").asText());
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.asText().equals(value.asText());
            }
            if (!found) {
                errors.add(at + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(at + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(at + ": above " + schema.get("maximum"));
            }
        }
    }

    private static JsonNode textNode(String ref) {
        return new ObjectMapper().createObjectNode().put("$ref", ref);
    }
}
