package th.tambondesk.line.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.tambondesk.conversation.Card;
import th.tambondesk.conversation.Choice;
import th.tambondesk.conversation.Reply;
import th.tambondesk.line.LineOpenApi;

class LineRendererTest {

    private final LineRenderer renderer = new LineRenderer();

    private JsonNode render(Reply... replies) {
        try {
            return new ObjectMapper().readTree(renderer.render(List.of(replies)).json());
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Wraps rendered messages in a reply request and checks it as LINE would. */
    private static void assertAcceptedByLine(JsonNode messages) {
        ObjectNode request = new ObjectMapper().createObjectNode().put("replyToken", "t");
        request.set("messages", messages);
        assertThat(LineOpenApi.MESSAGING.validate("ReplyMessageRequest", request)).isEmpty();
        assertThat(LineMessageLimits.violations(messages)).isEmpty();
    }

    @Test
    void rendersTextWithQuickRepliesForCameraGalleryAndLocation() {
        JsonNode messages = render(new Reply.Text("ส่งรูปหรือตำแหน่งได้เลยค่ะ", List.of(
                new Choice("ถ่ายรูป", new Choice.TakePhoto()),
                new Choice("เลือกรูป", new Choice.PickPhoto()),
                new Choice("ส่งตำแหน่ง", new Choice.ShareLocation()),
                Choice.tap("ข้าม", "form:skip"))));

        assertAcceptedByLine(messages);
        JsonNode items = messages.get(0).get("quickReply").get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("type").asText()).isEqualTo("action");
        assertThat(items.get(0).get("action").get("type").asText()).isEqualTo("camera");
        assertThat(items.get(1).get("action").get("type").asText()).isEqualTo("cameraRoll");
        assertThat(items.get(2).get("action").get("type").asText()).isEqualTo("location");
        assertThat(items.get(3).get("action").get("displayText").asText()).isEqualTo("ข้าม");
    }

    @Test
    void storesTheSameJsonTheSdkWritesForTheMessagesItSends() {
        LineRenderer.Rendered rendered = renderer.render(List.of(
                new Reply.Text("สวัสดีค่ะ 😊 \u200b <b>'; drop table x; --", List.of(Choice.tap("เมนู", "menu:main"))),
                new Reply.Buttons("ยืนยัน", "ส่งเรื่องนี้ใช่ไหมคะ", List.of(Choice.tap("ใช่", "form:yes"),
                        new Choice("ส่งตำแหน่ง", new Choice.ShareLocation()))),
                new Reply.Cards("บริการ", List.of(new Card("ขออนุญาตก่อสร้าง", List.of("15 วันทำการ", "กองช่าง"),
                        List.of(Choice.tap("ยื่นคำขอ", "service:build")))))));

        assertThat(rendered.messages()).extracting(message -> message.getClass().getSimpleName())
                .as("rendered as such, not the plain-text fallback")
                .containsExactly("TextMessage", "FlexMessage", "FlexMessage");
        assertThat(rendered.json()).isEqualTo(LineJson.write(rendered.messages()));
    }

    @Test
    void fitsOverlongTextAndLabelsIntoLinesLimits() {
        JsonNode messages = render(new Reply.Text("ก".repeat(6000), List.of(
                Choice.tap("ติดต่อ อบต./คำถามที่พบบ่อย และเรื่องอื่น ๆ", "menu:contact"))));

        assertAcceptedByLine(messages);
        assertThat(messages.get(0).get("text").asText()).hasSizeLessThanOrEqualTo(5000).endsWith("…");
        assertThat(messages.get(0).get("quickReply").get("items").get(0).get("action").get("label").asText())
                .hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void splitsMoreThanTwelveCardsIntoSeveralCarousels() {
        List<Card> cards = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Card("บริการที่ " + i, List.of("ระยะเวลา 3 วัน", "กองช่าง"),
                        List.of(Choice.tap("ยื่นคำขอ", "svc:" + i), Choice.tap("ขั้นตอนและเอกสาร", "info:" + i))))
                .toList();

        JsonNode messages = render(new Reply.Cards("บริการ", cards));

        assertAcceptedByLine(messages);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("contents").get("contents")).hasSize(12);
        assertThat(messages.get(1).get("contents").get("contents")).hasSize(3);
    }

    @Test
    void opensPickersFromFlexButtonsThroughLineUrlSchemes() {
        JsonNode messages = render(new Reply.Buttons("ตำแหน่ง", "กรุณาส่งตำแหน่ง", List.of(
                new Choice("ส่งตำแหน่ง", new Choice.ShareLocation()),
                new Choice("เว็บไซต์", new Choice.Link(URI.create("https://example.go.th/"))))));

        assertAcceptedByLine(messages);
        assertThat(messages.toString()).contains("https://line.me/R/nv/location/");
    }

    @Test
    void fallsBackToPlainTextWhenAnAnswerWouldBreakALimit() {
        JsonNode messages = render(new Reply.Buttons("เมนู", "เลือก", List.of(Choice.tap("ยาว", "x".repeat(400)))));

        assertAcceptedByLine(messages);
        assertThat(messages.get(0).get("type").asText()).isEqualTo("text");
        assertThat(messages.get(0).get("text").asText()).contains("เมนู");
    }

    @Test
    void neverSendsMoreThanFiveMessages() {
        Reply[] many = IntStream.range(0, 7).mapToObj(i -> (Reply) Reply.Text.of("ข้อความ " + i)).toArray(Reply[]::new);

        assertThat(render(many)).hasSize(5);
    }

    @Test
    void measuresABubbleInUtf8BytesAsLineDoes() {
        // Thai letters take three bytes each in UTF-8: 9,990 of them make a bubble just over LINE's 30,000 bytes.
        ObjectNode bubble = new ObjectMapper().createObjectNode().put("type", "bubble");
        ObjectNode text = bubble.putObject("body").put("type", "box").put("layout", "vertical").putArray("contents")
                .addObject().put("type", "text");
        text.put("text", "ก".repeat(9_990));
        ObjectNode message = new ObjectMapper().createObjectNode().put("type", "flex").put("altText", "ยาว");
        message.set("contents", bubble);
        JsonNode messages = new ObjectMapper().createArrayNode().add(message);

        long bytes = bubble.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(LineJson.utf8Length(bubble)).isEqualTo(bytes).isGreaterThan(30_000);
        assertThat(LineMessageLimits.violations(messages))
                .containsExactly("messages[0].contents: bubble is " + bytes + " bytes, at most 30000");

        text.put("text", "ก".repeat(9_900));
        assertThat(LineMessageLimits.violations(messages)).isEmpty();
    }
}
