package th.tambondesk.line.richmenu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import th.tambondesk.line.LineOpenApi;

/**
 * The rich menu in richmenu/: LINE's schema and rules, the image, and the deploy command against a stub LINE API —
 * the right calls in the right order, and nothing changed when it runs again.
 */
class RichMenuTest {

    static final Path DIR = Path.of("richmenu");
    static final ObjectMapper JSON = new ObjectMapper();
    static final WireMockServer LINE = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        LINE.start();
    }

    @AfterAll
    static void stop() {
        LINE.stop();
    }

    @BeforeEach
    void reset() {
        LINE.resetAll();
    }

    @Test
    void theDefinitionPassesLinesSchemaAndRules() throws Exception {
        RichMenuFiles files = RichMenuFiles.load(DIR);
        assertThat(RichMenuRules.check(files)).isEmpty();
        JsonNode sent = JSON.readTree(JSON.writeValueAsString(files.deployRequest()));
        assertThat(LineOpenApi.MESSAGING.validate("RichMenuRequest", sent)).isEmpty();
        assertThat(sent.path("size").path("width").asInt()).isEqualTo(2500);
        assertThat(sent.path("size").path("height").asInt()).isEqualTo(1686);
        assertThat(sent.path("areas")).hasSize(6);
        assertThat(sent.path("name").asText()).matches("tambondesk [0-9a-f]{12}");
        long covered = 0;
        for (JsonNode area : sent.path("areas")) {
            covered += area.path("bounds").path("width").asLong() * area.path("bounds").path("height").asLong();
        }
        assertThat(covered).as("the six areas cover the whole image").isEqualTo(2500L * 1686);
    }

    @Test
    void theRulesCatchWhatLineWouldRefuse(@TempDir Path dir) throws Exception {
        ObjectNode menu = (ObjectNode) JSON.readTree(DIR.resolve(RichMenuFiles.DEFINITION).toFile());
        menu.put("chatBarText", "เมนูบริการของ อบต. ห้วยจรเข้");
        ArrayNode areas = (ArrayNode) menu.get("areas");
        ((ObjectNode) areas.get(1).get("bounds")).put("width", 900);
        ((ObjectNode) areas.get(2).get("bounds")).put("width", 900);
        ((ObjectNode) areas.get(0).get("action")).put("label", "บริการ E-Service ทั้งหมดของ อบต.");
        ((ObjectNode) areas.get(5).get("action")).put("uri", "javascript:alert(1)");
        Files.writeString(dir.resolve(RichMenuFiles.DEFINITION), JSON.writeValueAsString(menu));
        Files.copy(DIR.resolve(RichMenuFiles.STYLE), dir.resolve(RichMenuFiles.STYLE));
        Files.write(dir.resolve(RichMenuFiles.IMAGE), "not an image".getBytes(StandardCharsets.UTF_8));

        List<String> problems = RichMenuRules.check(RichMenuFiles.load(dir));
        assertThat(problems).anyMatch(p -> p.startsWith("chatBarText"))
                .anyMatch(p -> p.contains("area 3 is not inside"))
                .anyMatch(p -> p.equals("areas 2 and 3 overlap"))
                .anyMatch(p -> p.startsWith("area 1 label"))
                .anyMatch(p -> p.contains("uri must be http"))
                .anyMatch(p -> p.contains("neither PNG nor JPEG"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(RichMenuCommand.run(List.of("check", "--dir", dir.toString()), Map.of(), new PrintStream(
                new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("chatBarText");
    }

    @Test
    void theImageIsAPngOfTheMenusSizeUnderOneMegabyteWithEveryTileDrawn(@TempDir Path dir) throws Exception {
        byte[] committed = Files.readAllBytes(DIR.resolve(RichMenuFiles.IMAGE));
        assertThat(committed.length).isLessThanOrEqualTo(RichMenuRules.MAX_IMAGE_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(committed));
        assertThat(image.getWidth()).isEqualTo(2500);
        assertThat(image.getHeight()).isEqualTo(1686);

        Files.copy(DIR.resolve(RichMenuFiles.DEFINITION), dir.resolve(RichMenuFiles.DEFINITION));
        Files.copy(DIR.resolve(RichMenuFiles.STYLE), dir.resolve(RichMenuFiles.STYLE));
        assertThat(RichMenuCommand.run(List.of("image", "--dir", dir.toString()), Map.of(),
                new PrintStream(new ByteArrayOutputStream()), System.err)).isZero();
        BufferedImage drawn = ImageIO.read(dir.resolve(RichMenuFiles.IMAGE).toFile());
        assertThat(drawn.getWidth()).isEqualTo(2500);
        assertThat(drawn.getHeight()).isEqualTo(1686);
        for (JsonNode area : RichMenuFiles.load(dir).definition().path("areas")) {
            JsonNode b = area.path("bounds");
            int cx = b.path("x").asInt() + b.path("width").asInt() / 2;
            int top = b.path("y").asInt();
            long ink = 0;
            for (int y = top + b.path("height").asInt() / 2; y < top + b.path("height").asInt() - 40; y += 2) {
                for (int x = cx - 300; x < cx + 300; x += 2) {
                    int rgb = drawn.getRGB(x, y) & 0xFFFFFF;
                    if ((rgb >> 16 & 0xFF) < 80 && (rgb >> 8 & 0xFF) < 80 && (rgb & 0xFF) < 80) {
                        ink++;
                    }
                }
            }
            assertThat(ink).as("the label of %s is drawn in dark ink", area.path("action").path("label").asText())
                    .isGreaterThan(500);
        }
        assertThat(RichMenuImage.png(RichMenuFiles.load(dir))).isNotEmpty();
    }

    @Test
    void deployValidatesCreatesUploadsMakesDefaultAndRemovesTheOldOneThenDoesNothingTheSecondTime() throws Exception {
        RichMenuFiles files = RichMenuFiles.load(DIR);
        String name = files.deployName();
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu/validate")).willReturn(okJson("{}")));
        LINE.stubFor(get(urlEqualTo("/v2/bot/richmenu/list")).willReturn(okJson(list(
                menu("richmenu-old", "tambondesk 000000000000"), menu("richmenu-manual", "เมนูที่ทำเองใน OA Manager")))));
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu")).willReturn(okJson("{\"richMenuId\":\"richmenu-new\"}")));
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu/richmenu-new/content")).willReturn(okJson("{}")));
        LINE.stubFor(get(urlEqualTo("/v2/bot/user/all/richmenu")).willReturn(okJson("{\"richMenuId\":\"richmenu-old\"}")));
        LINE.stubFor(post(urlEqualTo("/v2/bot/user/all/richmenu/richmenu-new")).willReturn(okJson("{}")));
        LINE.stubFor(delete(urlEqualTo("/v2/bot/richmenu/richmenu-old")).willReturn(okJson("{}")));
        LINE.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}")));

        String output = deploy();
        assertThat(calls()).containsExactly(
                "POST /v2/bot/richmenu/validate",
                "GET /v2/bot/richmenu/list",
                "POST /v2/bot/richmenu",
                "POST /v2/bot/richmenu/richmenu-new/content",
                "GET /v2/bot/user/all/richmenu",
                "POST /v2/bot/user/all/richmenu/richmenu-new",
                "DELETE /v2/bot/richmenu/richmenu-old");
        assertThat(output).contains("created rich menu", "richmenu-new");
        ServeEvent created = event("POST /v2/bot/richmenu");
        assertThat(LineOpenApi.MESSAGING.validate("RichMenuRequest", JSON.readTree(created.getRequest().getBodyAsString())))
                .isEmpty();
        assertThat(JSON.readTree(created.getRequest().getBodyAsString()).path("name").asText()).isEqualTo(name);
        ServeEvent upload = event("POST /v2/bot/richmenu/richmenu-new/content");
        assertThat(upload.getRequest().getHeader("Content-Type")).startsWith("image/png");
        assertThat(upload.getRequest().getBody()).isEqualTo(files.image());
        assertThat(upload.getRequest().getHeader("Authorization")).isEqualTo("Bearer TEST_TOKEN");

        // The second run finds everything in place: only reads.
        LINE.resetRequests();
        LINE.stubFor(get(urlEqualTo("/v2/bot/richmenu/list")).willReturn(okJson(list(menu("richmenu-new", name)))));
        LINE.stubFor(get(urlEqualTo("/v2/bot/richmenu/richmenu-new/content")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "image/png").withBody(files.image())));
        LINE.stubFor(get(urlEqualTo("/v2/bot/user/all/richmenu")).willReturn(okJson("{\"richMenuId\":\"richmenu-new\"}")));
        String again = deploy();
        assertThat(calls()).containsExactly(
                "POST /v2/bot/richmenu/validate",
                "GET /v2/bot/richmenu/list",
                "GET /v2/bot/richmenu/richmenu-new/content",
                "GET /v2/bot/user/all/richmenu");
        assertThat(again).contains("already on the channel", "already uploaded", "already the default");
    }

    @Test
    void aDeployCutShortIsFinishedByTheNextRunAndADryRunChangesNothing() throws Exception {
        String name = RichMenuFiles.load(DIR).deployName();
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu/validate")).willReturn(okJson("{}")));
        LINE.stubFor(get(urlEqualTo("/v2/bot/richmenu/list")).willReturn(okJson(list(menu("richmenu-half", name)))));
        LINE.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}")));

        String dry = run("deploy", "--dry-run");
        assertThat(calls()).allMatch(c -> c.startsWith("GET ") || c.equals("POST /v2/bot/richmenu/validate"));
        assertThat(dry).contains("would upload", "would make richmenu-half the default", "dry run: nothing was changed");

        LINE.resetRequests();
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu/richmenu-half/content")).willReturn(okJson("{}")));
        LINE.stubFor(post(urlEqualTo("/v2/bot/user/all/richmenu/richmenu-half")).willReturn(okJson("{}")));
        deploy();
        assertThat(calls()).containsExactly(
                "POST /v2/bot/richmenu/validate",
                "GET /v2/bot/richmenu/list",
                "GET /v2/bot/richmenu/richmenu-half/content",
                "POST /v2/bot/richmenu/richmenu-half/content",
                "GET /v2/bot/user/all/richmenu",
                "POST /v2/bot/user/all/richmenu/richmenu-half");
    }

    @Test
    void deployStopsWhenLineRefusesTheDefinitionAndSaysWhy() {
        LINE.stubFor(post(urlEqualTo("/v2/bot/richmenu/validate")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"The request body has 1 error(s)\",\"details\":[{\"message\":\"invalid uri\",\"property\":\"areas[5].action.uri\"}]}")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RichMenuCommand.run(List.of("deploy"), env(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("LINE answered 400");
        assertThat(calls()).containsExactly("POST /v2/bot/richmenu/validate");
        assertThat(RichMenuCommand.run(List.of("deploy"), Map.of(), System.out,
                new PrintStream(new ByteArrayOutputStream()))).as("no token").isEqualTo(2);
        assertThat(RichMenuCommand.run(List.of("launch"), Map.of(), System.out,
                new PrintStream(new ByteArrayOutputStream()))).as("unknown command").isEqualTo(2);
    }

    private String deploy() {
        return run("deploy");
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RichMenuCommand.run(List.of(args), env(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> env() {
        return Map.of("LINE_CHANNEL_TOKEN", "TEST_TOKEN", "LINE_API_END_POINT", LINE.baseUrl() + "/",
                "LINE_BLOB_END_POINT", LINE.baseUrl() + "/");
    }

    /** The calls LINE received, first first (WireMock lists the newest first). */
    private static List<String> calls() {
        List<String> calls = new java.util.ArrayList<>(LINE.getAllServeEvents().stream()
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .toList());
        java.util.Collections.reverse(calls);
        return calls;
    }

    private static ServeEvent event(String call) {
        return LINE.getAllServeEvents().stream()
                .filter(e -> (e.getRequest().getMethod() + " " + e.getRequest().getUrl()).equals(call))
                .findFirst().orElseThrow();
    }

    private static String list(String... menus) {
        return "{\"richmenus\":[" + String.join(",", menus) + "]}";
    }

    private static String menu(String id, String name) {
        return "{\"richMenuId\":\"" + id + "\",\"size\":{\"width\":2500,\"height\":1686},\"selected\":true,"
                + "\"name\":\"" + name + "\",\"chatBarText\":\"เมนูบริการ\",\"areas\":[]}";
    }
}
