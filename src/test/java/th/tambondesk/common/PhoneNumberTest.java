package th.tambondesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsMobileNumbersTypedWithDashesSpacesOrCountryCode() {
        assertThat(PhoneNumber.parse("081-234-5678")).map(PhoneNumber::digits).contains("0812345678");
        assertThat(PhoneNumber.parse(" 081 234 5678 ")).map(PhoneNumber::digits).contains("0812345678");
        assertThat(PhoneNumber.parse("+66812345678")).map(PhoneNumber::digits).contains("0812345678");
        assertThat(PhoneNumber.parse("๐๙๑๒๓๔๕๖๗๘")).map(PhoneNumber::digits).contains("0912345678");
        assertThat(PhoneNumber.parse("0612345678")).isPresent();
    }

    @Test
    void refusesWhatIsNotAThaiMobileNumber() {
        assertThat(PhoneNumber.parse("034123456")).isEmpty();
        assertThat(PhoneNumber.parse("081234567")).isEmpty();
        assertThat(PhoneNumber.parse("08123456789")).isEmpty();
        assertThat(PhoneNumber.parse("1234567890")).isEmpty();
        assertThat(PhoneNumber.parse("โทรมาได้เลย")).isEmpty();
    }

    @Test
    void showsAndMasksForPeople() {
        PhoneNumber phone = new PhoneNumber("0812345678");
        assertThat(phone.display()).isEqualTo("081-234-5678");
        assertThat(phone.masked()).isEqualTo("081-xxx-5678");
    }
}
