package th.tambondesk.open311;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import th.tambondesk.common.ThaiDates;

/**
 * The two formats of GeoReport v2. XML has a root element holding one element per item; JSON drops the root and is
 * an array of objects, except the service definition, which is one object. Dates are W3C with the Bangkok offset.
 */
enum GeoReport {
    JSON(MediaType.APPLICATION_JSON),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final XMLOutputFactory XML_FACTORY = XMLOutputFactory.newFactory();

    final MediaType mediaType;

    GeoReport(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format an URL ends in ({@code requests.json}), or null for one the API does not speak. */
    static @Nullable GeoReport of(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> null;
        };
    }

    /** One element with its fields in order; a value is text, a number, a boolean, null or a list of elements. */
    record Element(String name, Map<String, Object> fields) {

        static Element of(String name) {
            return new Element(name, new LinkedHashMap<>());
        }

        Element with(String field, @Nullable Object value) {
            fields.put(field, value);
            return this;
        }
    }

    /** A list response: {@code <root><item>…</item>…</root>} or a JSON array. */
    String list(String root, List<Element> items) {
        return this == JSON ? json(items, true) : xml(root, items, true);
    }

    /** A single-object response (the service definition). */
    String single(Element element) {
        return this == JSON ? json(List.of(element), false) : xml(null, List.of(element), false);
    }

    static @Nullable String date(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ThaiDates.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String json(List<Element> items, boolean array) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
            if (array) {
                json.writeStartArray();
            }
            for (Element item : items) {
                writeJson(json, item);
            }
            if (array) {
                json.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeJson(JsonGenerator json, Element element) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> field : element.fields().entrySet()) {
            json.writeFieldName(field.getKey());
            Object value = field.getValue();
            if (value instanceof List<?> children) {
                json.writeStartArray();
                for (Object child : children) {
                    writeJson(json, (Element) child);
                }
                json.writeEndArray();
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof Integer i) {
                json.writeNumber(i);
            } else if (value instanceof Double d) {
                json.writeNumber(d);
            } else if (value == null) {
                json.writeNull();
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    private static String xml(@Nullable String root, List<Element> items, boolean list) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            if (list) {
                xml.writeStartElement(root);
            }
            for (Element item : items) {
                writeXml(xml, item);
            }
            if (list) {
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void writeXml(XMLStreamWriter xml, Element element) throws XMLStreamException {
        xml.writeStartElement(element.name());
        for (Map.Entry<String, Object> field : element.fields().entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                xml.writeEmptyElement(field.getKey());
                continue;
            }
            xml.writeStartElement(field.getKey());
            if (value instanceof List<?> children) {
                for (Object child : children) {
                    writeXml(xml, (Element) child);
                }
            } else {
                xml.writeCharacters(value.toString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
