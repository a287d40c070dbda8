package th.tambondesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesWhatNeedsQuotingAndNeverLetsTextRunAsAFormula() {
        assertThat(CsvWriter.field("ขอรถน้ำ")).isEqualTo("ขอรถน้ำ");
        assertThat(CsvWriter.field("ถนน, ท่อ")).isEqualTo("\"ถนน, ท่อ\"");
        assertThat(CsvWriter.field("ป้าย \"ห้ามจอด\"")).isEqualTo("\"ป้าย \"\"ห้ามจอด\"\"\"");
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+66 81")).isEqualTo("'+66 81");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field(12L)).isEqualTo("12");
        assertThat(CsvWriter.field(new Table.Percent(0.8567))).isEqualTo("85.7%");
        assertThat(CsvWriter.field(new Table.Decimal(4))).isEqualTo("4.0");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void writesABomThenTitleHeaderRowsAndNotesWithCrlf() {
        byte[] csv = CsvWriter.write(new Table("s", List.of("หัวเรื่อง"), List.of("ก", "ข"),
                List.of(List.of("แถว", 1L)), 0, List.of("หมายเหตุ")));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("หัวเรื่อง\r\n\r\nก,ข\r\nแถว,1\r\n\r\nหมายเหตุ\r\n");
    }
}
