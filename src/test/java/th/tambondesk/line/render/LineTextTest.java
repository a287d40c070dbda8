package th.tambondesk.line.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {

    @Test
    void leavesShortTextAlone() {
        assertThat(LineText.fit("แจ้งซ่อมไฟฟ้า", 20)).isEqualTo("แจ้งซ่อมไฟฟ้า");
    }

    @Test
    void neverLeavesAThaiVowelOrToneMarkWithoutItsConsonant() {
        // "ที่" = ท + ี + ่ : cutting between them would show a lone mark
        String cut = LineText.fit("ขอข้อมูลข่าวสารที่", 17);
        assertThat(cut).hasSizeLessThanOrEqualTo(17).endsWith("…");
        char beforeEllipsis = cut.charAt(cut.length() - 2);
        assertThat(Character.getType(beforeEllipsis)).isNotEqualTo((int) Character.NON_SPACING_MARK);
    }

    @Test
    void neverSplitsAnEmoji() {
        String cut = LineText.fit("ดี😀😀😀", 5);
        assertThat(cut).hasSizeLessThanOrEqualTo(5);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
