package th.tambondesk.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseFilter;
import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.cases.StaffViewer;

/**
 * Open311 GeoReport v2 over HTTP: the answers have the shape of the specification's own examples (kept in
 * src/test/resources/open311), the public listing holds no personal data and no request about a person, and a request
 * filed with an admin's API key lands in the inbox like any case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final StaffViewer ADMIN = new StaffViewer("admin", "ผู้ดูแลระบบ", true, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Cases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Open311Keys keys;

    @Test
    void servicesAndTheirDefinitionsHaveTheSpecificationsShape() throws Exception {
        JsonNode services = json(get("/open311/v2/services.json"), 200);
        sameShape(services.get(0), example("services.json").get(0));
        assertThat(find(services, "service_code", "street-light").get("keywords").asText()).isEqualTo("request");
        assertThat(find(services, "service_code", "street-light").get("group").asText()).isEqualTo("แจ้งซ่อม แจ้งเหตุ");
        assertThat(find(services, "service_code", "elderly-allowance").get("keywords").asText())
                .as("a person's own matter is not listed").contains("private");
        sameShape(xml(get("/open311/v2/services.xml"), 200), exampleXml("services.xml"));

        JsonNode garbage = json(get("/open311/v2/services/garbage.json"), 200);
        sameShape(garbage, example("service-definition.json"));
        JsonNode topic = garbage.get("attributes").get(0);
        assertThat(topic.get("code").asText()).isEqualTo("topic");
        assertThat(topic.get("values")).extracting(v -> v.get("key").asText()).contains("ขอถังขยะ");
        sameShape(xml(get("/open311/v2/services/garbage.xml"), 200), exampleXml("service-definition.xml"));
        JsonNode elderly = json(get("/open311/v2/services/elderly-allowance.json"), 200);
        assertThat(elderly.get("attributes")).extracting(a -> a.get("code").asText() + ":" + a.get("datatype").asText())
                .containsExactly("name:text", "birthdate:datetime");

        JsonNode unknown = json(get("/open311/v2/services/no-such.json"), 404);
        sameShape(unknown.get(0), example("errors.json").get(0));
        json(get("/open311/v2/services.csv"), 404);
    }

    @Test
    void aRequestFiledWithAnIssuedKeyLandsInTheInboxAndIsListedWithoutPersonalData() throws Exception {
        String key = issueKey("แพลตฟอร์มทดสอบ");
        double lat = 13.0 + Math.random();
        JsonNode filed = json(post("/open311/v2/requests.json").param("api_key", key)
                .param("service_code", "street-light").param("lat", String.valueOf(lat)).param("long", "100.0621")
                .param("address_string", "หน้าวัดห้วยจรเข้ หมู่ 3").param("description", "ไฟดับสามต้น โทร 081-234-5678")
                .param("first_name", "สมหญิง").param("last_name", "ใจดี").param("phone", "0812345678")
                .param("email", "somying@example.com").param("account_id", "acc-9"), 200);
        sameShape(filed.get(0), example("post-response.json").get(0));
        String code = filed.get(0).get("service_request_id").asText();
        assertThat(filed.get(0).get("account_id").asText()).isEqualTo("acc-9");
        assertThat(filed.get(0).get("service_notice").asText()).contains("กองช่าง").contains(code);

        assertThat(jdbc.queryForMap("select channel, contact_name, phone, resident_key from service_case "
                + "where tracking_code = ?", code)).containsEntry("channel", "OPEN311")
                .containsEntry("contact_name", "สมหญิง ใจดี").containsEntry("phone", "0812345678")
                .containsEntry("resident_key", null);
        assertThat(handling.search(new CaseFilter(CaseFilter.View.NEW, null, null, CaseChannel.OPEN311, null, null,
                code), ADMIN, 0).getContent()).as("in the staff's new cases").singleElement()
                .satisfies(row -> assertThat(row.serviceName()).isEqualTo("แจ้งซ่อมไฟฟ้าสาธารณะ"));

        JsonNode listed = json(get("/open311/v2/requests.json").param("service_request_id", code), 200);
        assertThat(listed).hasSize(1);
        JsonNode request = listed.get(0);
        sameShape(request, example("requests.json").get(0));
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("address").asText()).isEqualTo("หน้าวัดห้วยจรเข้ หมู่ 3");
        assertThat(request.get("lat").asDouble()).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.00001));
        assertThat(request.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("กองช่าง");
        assertThat(request.toString()).contains("ไฟดับสามต้น").doesNotContain("081-234-5678")
                .doesNotContain("0812345678").doesNotContain("สมหญิง").doesNotContain("somying")
                .doesNotContain("แพลตฟอร์มทดสอบ");
        sameShape(xml(get("/open311/v2/requests/" + code + ".xml"), 200), exampleXml("requests.xml"));

        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class, code);
        handling.changeStatus(id, CaseStatus.DONE, "เปลี่ยนหลอดแล้ว", ADMIN);
        assertThat(json(get("/open311/v2/requests/" + code + ".json"), 200).get(0).get("status").asText())
                .isEqualTo("closed");
        assertThat(json(get("/open311/v2/requests.json").param("status", "open").param("service_code", "street-light"),
                200)).noneMatch(r -> r.get("service_request_id").asText().equals(code));
        assertThat(json(get("/open311/v2/requests.json").param("status", "closed"), 200))
                .anyMatch(r -> r.get("service_request_id").asText().equals(code));
    }

    @Test
    void aPersonsOwnRequestIsNeverListed() throws Exception {
        CaseView welfare = cases.open(new OpenCase(UUID.randomUUID().toString(), "elderly-allowance", CaseChannel.WEB,
                new Requester(CaseChannel.WEB, "web-" + UUID.randomUUID(), "p"), "นางสมศรี", "0811111111",
                List.of(new OpenCase.Detail("ชื่อผู้สูงอายุ", "นางสมศรี มีสุข")),
                new OpenCase.Place(13.82, 100.06, "บ้านเลขที่ 12 หมู่ 4"), List.of()));
        json(get("/open311/v2/requests/" + welfare.trackingCode() + ".json"), 404);
        assertThat(json(get("/open311/v2/requests.json").param("service_request_id", welfare.trackingCode()), 200))
                .isEmpty();
        assertThat(mvc.perform(get("/open311/v2/requests.json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("สมศรี").doesNotContain("บ้านเลขที่ 12");
    }

    @Test
    void refusesWhatTheSpecificationRefuses() throws Exception {
        JsonNode noKey = json(post("/open311/v2/requests.json").param("service_code", "street-light")
                .param("lat", "13.8").param("long", "100.0"), 403);
        sameShape(noKey.get(0), example("errors.json").get(0));
        assertThat(noKey.get(0).get("code").asInt()).isEqualTo(403);
        sameShape(xml(post("/open311/v2/requests.xml").param("api_key", "td311_guess").param("service_code", "x"), 403),
                exampleXml("errors.xml"));

        String key = issueKey("ทดสอบข้อผิดพลาด");
        json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "no-such"), 404);
        JsonNode noPlace = json(post("/open311/v2/requests.json").param("api_key", key)
                .param("service_code", "street-light"), 400);
        assertThat(noPlace.get(0).get("description").asText()).contains("lat");
        JsonNode noTopic = json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                .param("address_string", "หมู่ 2"), 400);
        assertThat(noTopic.get(0).get("description").asText()).contains("attribute[topic]");
        json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                .param("address_string", "หมู่ 2").param("attribute[topic]", "ขอรถถัง"), 400);
        json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "elderly-allowance")
                .param("attribute[name]", "นายทดสอบ").param("attribute[birthdate]", "2999-01-01")
                .param("phone", "0812345678"), 400);
        JsonNode ok = json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                .param("address_string", "หมู่ 2").param("attribute[topic]", "ขอถังขยะ"), 200);
        assertThat(jdbc.queryForObject("select details from service_case where tracking_code = ?", String.class,
                ok.get(0).get("service_request_id").asText())).contains("ขอถังขยะ").contains("ทดสอบข้อผิดพลาด");

        json(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00+07:00")
                .param("end_date", "2026-06-01T00:00:00+07:00"), 400);
        json(get("/open311/v2/requests.json").param("start_date", "yesterday"), 400);
        json(get("/open311/v2/requests.json").param("status", "pending"), 400);

        keys.revoke(jdbc.queryForObject("select id from open311_api_key where name = ?", Long.class, "ทดสอบข้อผิดพลาด"));
        json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "garbage")
                .param("address_string", "หมู่ 2").param("attribute[topic]", "ขอถังขยะ"), 403);
    }

    @Test
    void onlyTheHashOfAKeyIsKept() {
        String key = issueKey("ระบบจังหวัด");
        assertThat(jdbc.queryForList("select key_hash from open311_api_key", String.class)).doesNotContain(key)
                .allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(jdbc.queryForObject("select key_hint from open311_api_key where name = 'ระบบจังหวัด'", String.class))
                .isEqualTo(key.substring(0, 8));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String issueKey(String name) {
        Open311Keys.Issued issued = keys.issue(name, "admin");
        assertThat(issued.secret()).startsWith("td311_").hasSizeGreaterThan(30);
        return issued.secret();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getCookies()).as("the API starts no session").isEmpty();
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Element xml(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/xml");
        return parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static JsonNode example(String name) throws IOException {
        try (InputStream in = Open311ApiTest.class.getResourceAsStream("/open311/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static Element exampleXml(String name) throws Exception {
        try (InputStream in = Open311ApiTest.class.getResourceAsStream("/open311/" + name)) {
            return parse(in);
        }
    }

    private static Element parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(in);
        return document.getDocumentElement();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    /** The same keys in the same order, of the same kind (null stands for any text), in nested objects too. */
    private static void sameShape(JsonNode ours, JsonNode spec) {
        assertThat(names(ours.fieldNames())).as("keys of %s", ours).containsExactlyElementsOf(names(spec.fieldNames()));
        spec.fields().forEachRemaining(field -> {
            JsonNode mine = ours.get(field.getKey());
            JsonNode theirs = field.getValue();
            if (theirs.isArray() && !theirs.isEmpty() && mine.isArray() && !mine.isEmpty()) {
                sameShape(mine.get(0), theirs.get(0));
            } else if (!theirs.isNull() && !mine.isNull()) {
                assertThat(mine.getNodeType()).as(field.getKey()).isEqualTo(theirs.getNodeType());
            }
        });
    }

    /** The same root and the same element names in the same order, in the first item and its children. */
    private static void sameShape(Element ours, Element spec) {
        assertThat(ours.getTagName()).isEqualTo(spec.getTagName());
        List<Element> mine = children(ours);
        List<Element> theirs = children(spec);
        assertThat(mine.stream().map(Element::getTagName).distinct().toList())
                .as("children of <%s>", spec.getTagName())
                .containsExactlyElementsOf(theirs.stream().map(Element::getTagName).distinct().toList());
        for (Element child : theirs) {
            mine.stream().filter(m -> m.getTagName().equals(child.getTagName())).findFirst()
                    .filter(m -> !children(m).isEmpty() && !children(child).isEmpty())
                    .ifPresent(m -> sameShape(m, child));
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
