package th.tambondesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.tambondesk.catalog.DateRange;
import th.tambondesk.catalog.FieldSpec;
import th.tambondesk.catalog.FieldType;

/** One mapping of answers to a case, for the chat form and the walk-in form. */
class CaseContentsTest {

    private static FieldSpec field(String key, FieldType type) {
        return new FieldSpec(key, type, "ป้าย " + key, "ถาม " + key, false, false, 1, List.of(), DateRange.ANY);
    }

    @Test
    void placePhoneAndDetailsGoWhereTheCaseKeepsThem() {
        CaseContents contents = CaseContents.of(List.of(
                new CaseContents.Answer(field("where", FieldType.LOCATION), "หน้าวัด", 13.8, 100.1),
                CaseContents.Answer.text(field("phone", FieldType.PHONE), "0812345678"),
                CaseContents.Answer.text(field("what", FieldType.TEXT), "ไฟดับ")));

        assertThat(contents.place()).isEqualTo(new OpenCase.Place(13.8, 100.1, "หน้าวัด"));
        assertThat(contents.phone()).isEqualTo("0812345678");
        assertThat(contents.details()).containsExactly(new OpenCase.Detail("ป้าย what", "ไฟดับ"));
    }

    /**
     * A place shared without words, kept under a field the admin has since made a text field: the form can still
     * be sent, with an empty detail.
     */
    @Test
    void anAnswerWithoutTextUnderATextFieldIsAnEmptyDetail() {
        CaseContents contents = CaseContents.of(List.of(
                new CaseContents.Answer(field("what", FieldType.TEXT), null, 13.8, 100.1)));

        assertThat(contents.details()).containsExactly(new OpenCase.Detail("ป้าย what", ""));
        assertThat(contents.place()).isNull();
    }
}
