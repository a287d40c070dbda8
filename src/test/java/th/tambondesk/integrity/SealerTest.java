package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SealerTest {

    private final Sealer sealer = new Sealer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void sealsSoTheTextIsNotReadableAndOpensItAgain() {
        byte[] sealed = sealer.seal("ปลัดเรียกเงินสองหมื่นบาท", "report", 7L);

        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("ปลัด");
        assertThat(sealer.openText(sealed, "report", 7L)).isEqualTo("ปลัดเรียกเงินสองหมื่นบาท");
        assertThat(sealer.seal("ปลัดเรียกเงินสองหมื่นบาท", "report", 7L)).as("a fresh nonce every time")
                .isNotEqualTo(sealed);
    }

    @Test
    void failsLoudlyWithAnotherKeyOrAnotherPurposeOrAnotherReportOrAlteredBytes() {
        byte[] sealed = sealer.seal("ข้อความลับ", "report", 7L);
        Sealer other = new Sealer("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> other.open(sealed, "report", 7L)).isInstanceOf(Sealer.WrongKeyException.class)
                .hasMessageContaining("TAMBONDESK_INTEGRITY_KEY");
        assertThatThrownBy(() -> sealer.open(sealed, "entry", 7L)).isInstanceOf(Sealer.WrongKeyException.class);
        assertThatThrownBy(() -> sealer.open(sealed, "report", 8L)).as("moved to another report")
                .isInstanceOf(Sealer.WrongKeyException.class);
        assertThatThrownBy(() -> sealer.openUnbound(sealed, "report")).isInstanceOf(Sealer.WrongKeyException.class);
        byte[] altered = Arrays.copyOf(sealed, sealed.length);
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(altered, "report", 7L)).isInstanceOf(Sealer.WrongKeyException.class);
    }

    @Test
    void refusesKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new Sealer(new byte[16])).hasMessageContaining("256 bits");
    }

    @Test
    void receiptCodesAreLongRandomAndForgivingToType() {
        String code = ReceiptCodes.generate();
        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(ReceiptCodes.display(code)).matches("\\w{4}-\\w{4}-\\w{4}-\\w{4}");
        assertThat(ReceiptCodes.normalize(" k7qm-3xda 9pht-w2rc ")).isEqualTo("K7QM3XDA9PHTW2RC");
        assertThat(ReceiptCodes.normalize("OIL0-0000-0000-0000")).isEqualTo("0110000000000000");
        assertThat(ReceiptCodes.normalize("69-482137")).isNull();
        assertThat(ReceiptCodes.normalize("ไฟดับหน้าบ้านมากค่ะช่วยด้วย")).isNull();
    }
}
