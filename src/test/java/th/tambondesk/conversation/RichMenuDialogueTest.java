package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every area of the rich menu in richmenu/ leads into the same dialogue as the typed command: a tap sends the
 * area's text (or, for the integrity channel, a postback that leaves no message in the chat) and the resident gets
 * the right answer, never "I did not understand".
 */
@SpringBootTest
class RichMenuDialogueTest {

    @Autowired
    Dialogue dialogue;

    /** What each area's answer must say. */
    static final Map<String, String> EXPECTED = Map.of(
            "บริการ E-Service", "บริการ E-Service",
            "แจ้งเรื่อง/ร้องเรียน", "ต้องการร้องเรียนหรือแจ้งเรื่องใด",
            "เรื่องของฉัน", "ยังไม่มีเรื่องที่ยื่นไว้",
            "แจ้งเบาะแสทุจริต", "หน่วยตรวจสอบภายใน",
            "ติดต่อ/คำถามพบบ่อย", "ติดต่อ");

    @Test
    void everyAreaOfTheRichMenuAnswersAsItsTypedCommandDoes() throws Exception {
        JsonNode menu = new ObjectMapper().readTree(new File("richmenu/richmenu.json"));
        int checked = 0;
        for (JsonNode area : menu.path("areas")) {
            JsonNode action = area.path("action");
            String label = action.path("label").asText();
            DialogueTester resident = new DialogueTester(dialogue, Channel.LINE);
            switch (action.path("type").asText()) {
                case "message" -> resident.say(action.path("text").asText());
                case "postback" -> resident.send(new Input.Tap(action.path("data").asText(), null));
                case "uri" -> {
                    assertThat(action.path("uri").asText()).startsWith("http");
                    continue;
                }
                default -> throw new AssertionError("unexpected action " + action);
            }
            assertThat(resident.text()).as(label).contains(EXPECTED.get(label))
                    .doesNotContain("ไม่พบบริการที่ตรงกับข้อความ").doesNotContain("ปุ่มนี้ใช้ไม่ได้");
            checked++;
        }
        assertThat(checked).isEqualTo(5);
    }
}
