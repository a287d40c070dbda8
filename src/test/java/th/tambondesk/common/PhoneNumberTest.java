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
    void acceptsLandlinesOfTheProvincesAndBangkok() {
        assertThat(PhoneNumber.parse("034-123-456")).map(PhoneNumber::digits).contains("034123456");
        assertThat(PhoneNumber.parse("02 123 4567")).map(PhoneNumber::digits).contains("021234567");
        assertThat(PhoneNumber.parse("+6634123456")).map(PhoneNumber::digits).contains("034123456");
        assertThat(new PhoneNumber("034123456").display()).isEqualTo("034-123-456");
        assertThat(new PhoneNumber("021234567").display()).isEqualTo("02-123-4567");
        assertThat(new PhoneNumber("034123456").masked()).isEqualTo("034-xxx-456");
        assertThat(new PhoneNumber("034123456").mobile()).isFalse();
    }

    @Test
    void refusesWhatIsNotAThaiTelephoneNumber() {
        assertThat(PhoneNumber.parse("081234567")).as("a mobile is ten digits").isEmpty();
        assertThat(PhoneNumber.parse("0341234567")).as("a landline is nine digits").isEmpty();
        assertThat(PhoneNumber.parse("011234567")).isEmpty();
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
