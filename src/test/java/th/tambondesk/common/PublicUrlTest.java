package th.tambondesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @Test
    void buildsLinksFromTheConfiguredBaseWithoutDoubleSlashes() {
        PublicUrl url = new PublicUrl(" https://desk.huaichorakhe.go.th/ ");
        assertThat(url.base()).contains("https://desk.huaichorakhe.go.th");
        assertThat(url.of("/q/ABC234")).contains("https://desk.huaichorakhe.go.th/q/ABC234");
        assertThat(new PublicUrl("https://example.go.th/tambondesk").of("/q")).contains("https://example.go.th/tambondesk/q");
    }

    @Test
    void isEmptyUntilConfigured() {
        assertThat(new PublicUrl("").of("/q")).isEmpty();
        assertThat(new PublicUrl(null).base()).isEmpty();
        assertThatThrownBy(() -> new PublicUrl("https://x.go.th").of("q")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk.huaichorakhe.go.th", "ftp://desk.go.th", "https://desk.go.th/?a=1",
            "https://desk.go.th/#top", "https://user:pw@desk.go.th", "https:// desk"})
    void refusesToStartWithAnAddressThatWouldPrintBrokenCodes(String bad) {
        assertThatThrownBy(() -> new PublicUrl(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PublicUrl.VARIABLE);
    }
}
