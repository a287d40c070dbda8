package th.tambondesk.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.common.AppKeys;
import th.tambondesk.conversation.Pseudonyms;
import th.tambondesk.line.outbox.RetryKeys;

class LineWebhookFlowTest extends LineFlowSupport {


    @Test
    void greetsNewFollowerWithTheSaoNamePrivacyNoteAndMenu() throws Exception {
        Webhooks follow = Webhooks.sample("follow.json");

        deliver(follow).andExpect(status().isOk());

        List<LoggedRequest> sent = awaitSends(follow, 1);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getUrl()).isEqualTo(LineStub.REPLY);
        JsonNode messages = LineStub.body(sent.get(0)).get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).get("text").asText()).contains("องค์การบริหารส่วนตำบลห้วยจรเข้");
        assertThat(messages.get(1).get("text").asText()).contains("ข้อมูลส่วนบุคคล");
        assertThat(messages.get(2).get("type").asText()).isEqualTo("flex");
        assertThat(messages.get(2).toString()).contains("บริการ E-Service");
        assertThat(jdbc.queryForObject("select following from line_follower where user_id = ?", Boolean.class,
                follow.userId())).isTrue();
    }

    @Test
    void answersTextWithTheMainMenu() throws Exception {
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "สวัสดีครับ");

        deliver(text).andExpect(status().isOk());

        JsonNode body = LineStub.body(awaitSends(text, 1).get(0));
        assertThat(body.get("replyToken").asText()).isEqualTo(text.replyToken());
        assertThat(body.toString()).contains("เมนูหลัก");
    }

    @Test
    void answersTheServicesButtonWithTheCategories() throws Exception {
        Webhooks postback = Webhooks.sample("postback-datetime.json").postback("menu:services");

        deliver(postback).andExpect(status().isOk());

        assertThat(LineStub.body(awaitSends(postback, 1).get(0)).toString())
                .contains("บริการ E-Service").contains("แจ้งซ่อม แจ้งเหตุ");
    }

    @Test
    void thanksForStickersAndApologisesForVoiceMessages() throws Exception {
        Webhooks sticker = Webhooks.sample("sticker-message.json")
                .event(e -> e.set("source", e.objectNode().put("type", "user").put("userId", Webhooks.newUserId())));
        Webhooks audio = Webhooks.sample("audio.json");

        deliver(sticker).andExpect(status().isOk());
        deliver(audio).andExpect(status().isOk());

        assertThat(LineStub.body(awaitSends(sticker, 1).get(0)).toString()).contains("สติกเกอร์");
        assertThat(LineStub.body(awaitSends(audio, 1).get(0)).toString()).contains("ข้อความเสียง");
    }

    @Test
    void pointsGroupsToTheOneToOneChat() throws Exception {
        Webhooks group = Webhooks.sample("text-group-mention-emoji.json");

        deliver(group).andExpect(status().isOk());

        assertThat(LineStub.body(awaitSends(group, 1).get(0)).toString()).contains("แชตส่วนตัว");
    }

    @Test
    void newerEventTypesAreStoredAndProcessedWithoutAnswer() throws Exception {
        Webhooks membership = Webhooks.sample("membership.json");
        Webhooks edited = Webhooks.sample("message-edited.json");

        deliver(membership).andExpect(status().isOk());
        deliver(edited).andExpect(status().isOk());

        awaitEventDone(membership);
        awaitEventDone(edited);
        assertThat(sendsFor(membership)).isEmpty();
    }

    @Test
    void storesAndAnswersARedeliveredEventOnce() throws Exception {
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "ไฟดับ");

        deliver(text).andExpect(status().isOk());
        deliver(text.redelivered()).andExpect(status().isOk());

        awaitSends(text, 1);
        awaitEventDone(text);
        Thread.sleep(300); // a second answer, if any, would have been sent by now
        assertThat(sendsFor(text)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from line_event where webhook_event_id = ?", Integer.class,
                text.eventId())).isEqualTo(1);
    }

    @Test
    void refusesMissingWrongAndMalformedSignaturesAndStoresNothing() throws Exception {
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "hello");
        byte[] body = text.bytes();

        mvc.perform(MockMvcRequestBuilders.post("/callback").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", Webhooks.sign("other".getBytes()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", "not base64 at all!")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("select count(*) from line_event where webhook_event_id = ?", Integer.class,
                text.eventId())).isZero();
        Thread.sleep(300);
        assertThat(sendsFor(text)).isEmpty();
    }

    @Test
    void refusesSignedBodiesThatAreNotWebhooks() throws Exception {
        byte[] notJson = "{\"events\": [".getBytes(StandardCharsets.UTF_8);
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", Webhooks.sign(notJson))
                .contentType(MediaType.APPLICATION_JSON).content(notJson)).andExpect(status().isBadRequest());

        byte[] noEvents = "{\"destination\":\"U0\"}".getBytes(StandardCharsets.UTF_8);
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", Webhooks.sign(noEvents))
                .contentType(MediaType.APPLICATION_JSON).content(noEvents)).andExpect(status().isBadRequest());
    }

    @Test
    void answersLinesConnectionCheckWithOk() throws Exception {
        byte[] verify = "{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", Webhooks.sign(verify))
                .contentType(MediaType.APPLICATION_JSON).content(verify)).andExpect(status().isOk());
    }

    @Test
    void refusesBodiesOverOneMegabyte() throws Exception {
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(MockMvcRequestBuilders.post("/callback").header("x-line-signature", Webhooks.sign(huge))
                .contentType(MediaType.APPLICATION_JSON).content(huge)).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void retriesTheReplyWhenLineAnswers500ThenDeliversOnce() throws Exception {
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Internal error\"}"))
                .willSetStateTo("recovered"));
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"sentMessages\":[{\"id\":\"9\"}]}")));
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "ถนนเป็นหลุม");

        deliver(text).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> outboxCount("SENT", text.userId()) == 1);
        assertThat(sendsFor(text)).hasSize(2).allMatch(r -> r.getUrl().equals(LineStub.REPLY));
    }

    @Test
    void pushesWithARetryKeyWhenTheReplyTokenHasExpired() throws Exception {
        Webhooks late = Webhooks.text(Webhooks.newUserId(), "ขอรถน้ำ").occurredAt(Instant.now().minus(Duration.ofMinutes(25)));
        LINE.server.stubFor(post(urlEqualTo(LineStub.PUSH)).inScenario("push").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"busy\"}"))
                .willSetStateTo("ok"));
        LINE.server.stubFor(post(urlEqualTo(LineStub.PUSH)).inScenario("push").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"sentMessages\":[{\"id\":\"3\"}]}")));

        deliver(late).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(15)).until(() -> outboxCount("SENT", late.userId()) == 1);
        List<LoggedRequest> pushes = LINE.pushes().stream()
                .filter(r -> r.getBodyAsString().contains(late.userId())).toList();
        assertThat(pushes).hasSize(2);
        String expectedKey = RetryKeys.forEvent(late.eventId()).toString();
        assertThat(pushes).allMatch(r -> expectedKey.equals(r.getHeader("X-Line-Retry-Key")));
        assertThat(LINE.replies().stream().filter(r -> r.getBodyAsString().contains(late.replyToken()))).isEmpty();
    }

    @Test
    void pushesWhenLineSaysTheReplyTokenIsInvalid() throws Exception {
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid reply token\"}")));
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "แจ้งไฟดับ");

        deliver(text).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount("SENT", text.userId()) == 1);
        assertThat(LINE.pushes().stream().filter(r -> r.getBodyAsString().contains(text.userId()))).hasSize(1);
    }

    @Test
    void doesNotRetryWhatLineRefusesForGood() throws Exception {
        LINE.server.stubFor(post(urlEqualTo(LineStub.REPLY)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Access to this API is not available for your account\"}")));
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "สอบถาม");

        deliver(text).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount("FAILED", text.userId()) == 1);
        Thread.sleep(500);
        assertThat(sendsFor(text)).hasSize(1);
        assertThat(jdbc.queryForObject("select last_error from line_outbox where recipient = ?", String.class,
                text.userId())).contains("403").contains("not available");
    }

    @Test
    void marksUnfollowersAsGoneAndNeverPushesToThem() throws Exception {
        Webhooks follow = Webhooks.sample("follow.json");
        deliver(follow).andExpect(status().isOk());
        awaitSends(follow, 1);
        Webhooks unfollow = Webhooks.sample("unfollow.json").user(follow.userId());

        deliver(unfollow).andExpect(status().isOk());
        awaitEventDone(unfollow);
        Webhooks late = Webhooks.text(follow.userId(), "ยังอยู่ไหม").occurredAt(Instant.now().minus(Duration.ofHours(1)));
        deliver(late).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount("DROPPED", follow.userId()) == 1);
        assertThat(jdbc.queryForObject("select following from line_follower where user_id = ?", Boolean.class,
                follow.userId())).isFalse();
        assertThat(LINE.pushes().stream().filter(r -> r.getBodyAsString().contains(follow.userId()))).isEmpty();
    }

    @Test
    void logsEveryInboundEventAndAnswerUnderAPseudonym() throws Exception {
        Webhooks text = Webhooks.text(Webhooks.newUserId(), "สวัสดี");

        deliver(text).andExpect(status().isOk());
        awaitSends(text, 1);

        // The keyed hash of the bare one, under the app's pseudonym key: what the live code and migration V30 store.
        String bareHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("LINE:" + text.userId()).getBytes(StandardCharsets.UTF_8)), 0, 16);
        String pseudonym = Pseudonyms.rekeyed(AppKeys.load(jdbc, AppKeys.RESIDENT_PSEUDONYM), bareHash);
        List<String> rows = jdbc.queryForList(
                "select direction || ':' || kind from interaction_log where resident = ? order by id", String.class,
                pseudonym);
        assertThat(rows).containsExactly("IN:TEXT", "OUT:ANSWER");
        assertThat(jdbc.queryForObject("select count(*) from interaction_log where resident = ?", Integer.class,
                text.userId())).isZero();
        // Keyed: a bare hash of the LINE id, which anyone who knows the id can compute, is not what is stored.
        assertThat(pseudonym).isNotEqualTo(bareHash).hasSize(32);
        assertThat(jdbc.queryForObject("select count(*) from interaction_log where resident = ?", Integer.class,
                bareHash)).isZero();
    }
}
