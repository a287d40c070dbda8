package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.common.MutableClock;

/** Whole request conversations, channel-neutral, against the seeded catalogue of Huai Chorakhe. */
@SpringBootTest(properties = "tambondesk.catalog.page-size=3")
@DirtiesContext // its clock moves: see MutableClock
class RequestFormTest {

    /** Tuesday 1 December 2026, 10:00 in Bangkok. */
    static final Instant TUESDAY = Instant.parse("2026-12-01T03:00:00Z");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY);
        }
    }

    @Autowired
    Dialogue dialogue;

    @Autowired
    Cases cases;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    DialogueTester resident;

    /** A latitude of its own per test: an open report of another test nearby would be offered to join. */
    double street;

    @BeforeEach
    void newResident() {
        street = 13.0 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 100_000) * 0.0001;
        clock.set(TUESDAY);
        resident = new DialogueTester(dialogue, Channel.WEB);
    }

    @Test
    void reportsABrokenStreetLightWithPhotoAndPlaceInSixActions() {
        resident.say("ไฟดับหน้าบ้าน");
        assertThat(resident.text()).contains("การใช้ข้อมูลส่วนบุคคล");
        resident.tap("ยินยอมและเริ่มกรอก");
        assertThat(resident.text()).contains("แจ้งซ่อมไฟฟ้าสาธารณะ").contains("ไฟดับที่ไหน");
        resident.send(new Input.Location(street, 100.0621, "", "หน้าวัดห้วยจรเข้"));
        assertThat(resident.text()).contains("ได้รับตำแหน่งแล้ว").contains("ส่งรูป");
        resident.send(Input.Photo.of(JPEG, "image/jpeg"));
        assertThat(resident.text()).contains("ได้รับรูปที่ 1").contains("เบอร์โทรศัพท์");
        resident.tap("ข้าม");
        assertThat(resident.text()).contains("ตรวจสอบข้อมูลก่อนยืนยัน").contains("ไฟดับหน้าบ้าน").contains("1 รูป");
        resident.tap("ยืนยันส่งเรื่อง");

        assertThat(resident.actions).isEqualTo(6);
        assertThat(resident.text()).contains("ส่งเรื่องเรียบร้อยแล้ว").containsPattern("เลขที่เรื่อง: 69-\\d{6}")
                .contains("กองช่าง").contains("สถานะ: ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง")
                .as("no legal standard time: no date is promised").contains("เจ้าหน้าที่จะแจ้งระยะเวลาให้ทราบ")
                .doesNotContain("24 ธันวาคม 2569");
        List<CaseView> mine = cases.ofResident(CaseChannel.WEB, resident.resident.key());
        assertThat(mine).hasSize(1);
        CaseView opened = mine.get(0);
        assertThat(opened.photos()).isEqualTo(1);
        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.details()).extracting(d -> d.value()).contains("ไฟดับหน้าบ้าน");
        // 15 working days from Tue 1 Dec 2026, without weekends, 7 Dec (5 Dec observed), 10 Dec and 31 Dec.
        assertThat(opened.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 24));
        assertThat(jdbc.queryForObject("select count(*) from conversation_upload where resident_id = ?", Integer.class,
                "WEB:" + resident.resident.key())).isZero();
    }

    @Test
    void aResidentSendsAtMostTenCasesAnHourAndTheFormWaitsForTheNextOne() {
        resident.say("ไฟดับหน้าบ้าน");
        resident.tap("ยินยอมและเริ่มกรอก");
        resident.send(new Input.Location(street, 100.0621, "", "หน้าวัด"));
        resident.tap("ข้าม");
        resident.tap("ข้าม");
        resident.tap("ยืนยันส่งเรื่อง");
        CaseView first = cases.ofResident(CaseChannel.WEB, resident.resident.key()).get(0);
        Requester same = new Requester(CaseChannel.WEB, resident.resident.key(), null);
        for (int i = 1; i < Forms.CASES_PER_HOUR; i++) {
            cases.open(new OpenCase(java.util.UUID.randomUUID().toString(), first.serviceCode(), CaseChannel.WEB, same,
                    null, null, List.of(), null, List.of()));
        }
        clock.advance(Duration.ofMinutes(1));

        resident.say("ถนนหน้าบ้านเป็นหลุมลึก");
        String service = resident.text();
        while (!resident.text().contains("ตรวจสอบข้อมูลก่อนยืนยัน")) {
            if (resident.choices().stream().anyMatch(c -> c.label().equals("ข้าม"))) {
                resident.tap("ข้าม");
            } else {
                resident.send(new Input.Location(street + 0.05, 100.0621, "", "ซอย 3"));
            }
        }
        resident.tap("ยืนยันส่งเรื่อง");

        assertThat(resident.text()).as(service).contains("ส่งเรื่องครบ 10 เรื่องภายในหนึ่งชั่วโมงแล้ว")
                .contains("หลังเวลา 11:01 น.").contains("ถนนหน้าบ้านเป็นหลุมลึก").doesNotContain("ส่งเรื่องเรียบร้อยแล้ว");
        assertThat(cases.countOfResident(CaseChannel.WEB, resident.resident.key())).isEqualTo(Forms.CASES_PER_HOUR);

        clock.advance(Duration.ofMinutes(60)); // past the form's 30 minutes: it waited for the limit, and still does
        resident.tap("ยืนยันส่งเรื่อง");
        assertThat(resident.text()).contains("ส่งเรื่องเรียบร้อยแล้ว");
        assertThat(cases.countOfResident(CaseChannel.WEB, resident.resident.key())).isEqualTo(Forms.CASES_PER_HOUR + 1);
    }

    @Test
    void aBirthDateIsTypedInTheBuddhistEraWithoutTodayButtonsAndNeverInTheFuture() {
        resident.say("ลงทะเบียนเบี้ยยังชีพ");
        resident.tap("ยินยอมและเริ่มกรอก");
        resident.say("นางสมใจ ใจดี");
        assertThat(resident.text()).contains("เกิดวันที่").contains("พ.ศ.");
        assertThat(resident.choices()).extracting(Choice::label).doesNotContain("วันนี้", "พรุ่งนี้")
                .contains("📅 เลือกวันที่");
        Choice.PickDate picker = resident.choices().stream().map(Choice::action)
                .filter(Choice.PickDate.class::isInstance).map(Choice.PickDate.class::cast).findFirst().orElseThrow();
        assertThat(picker.max()).as("the picker offers no day after today").isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(picker.min()).isNull();

        resident.say("15/03/2570");
        assertThat(resident.text()).contains("15 มีนาคม 2570 ยังมาไม่ถึง");
        resident.say("15/03/2509");
        assertThat(resident.text()).contains("เบอร์โทรศัพท์");
        resident.say("0812345678");
        assertThat(resident.text()).contains("วันเกิด: 15 มีนาคม 2509");
    }

    @Test
    void aDayWantedOffersTodayAndRefusesAPastDay() {
        resident.say("ยืมเต็นท์ 2 หลัง");
        resident.tap("ยินยอมและเริ่มกรอก");
        assertThat(resident.choices()).extracting(Choice::label).contains("วันนี้", "พรุ่งนี้");
        resident.say("30/11/2569");
        assertThat(resident.text()).contains("30 พฤศจิกายน 2569 ผ่านไปแล้ว");
        resident.tapWithValue("📅 เลือกวันที่", "2026-12-20");
        assertThat(resident.text()).as("the picked day is shown in the Buddhist Era").doesNotContain("ผ่านไปแล้ว");
        resident.tap("ข้าม");
        resident.say("0812345678");
        assertThat(resident.text()).contains("20 ธันวาคม 2569");
    }

    @Test
    void aPostersTypedInCommandStartsItsServiceWithNothingFilledIn() {
        resident.say(th.tambondesk.common.ChatCommands.request("แจ้งซ่อมไฟฟ้าสาธารณะ"));
        resident.tap("ยินยอมและเริ่มกรอก");
        assertThat(resident.text()).contains("แจ้งซ่อมไฟฟ้าสาธารณะ").contains("ไฟดับที่ไหน");
        resident.send(new Input.Location(street, 100.0621, "", "หน้าวัดห้วยจรเข้"));
        resident.tap("ข้าม");
        assertThat(resident.text()).as("the command is not taken as the resident's words").contains("เล่าอาการสั้น ๆ");

        DialogueTester renamed = new DialogueTester(dialogue, Channel.WEB);
        renamed.say("ยื่นคำขอ  ขอรถน้ำ");
        assertThat(renamed.text()).as("a poster printed before a rename still finds its service by keyword")
                .contains("การใช้ข้อมูลส่วนบุคคล");
        DialogueTester gone = new DialogueTester(dialogue, Channel.WEB);
        gone.say("ยื่นคำขอ ใบอนุญาตขับขี่เครื่องบิน");
        assertThat(gone.text()).contains("ไม่เปิดให้ยื่นทางออนไลน์แล้ว");
    }

    @Test
    void asksAgainPolitelyForAWrongPhoneAndRemembersTheRightOne() {
        startWithConsent("ขอรถน้ำ น้ำไม่ไหล");
        resident.say("บ้านเลขที่ 12 หมู่ 3");
        resident.say("081-23");
        assertThat(resident.text()).contains("ดูไม่ใช่เบอร์โทรศัพท์").contains("0812345678");
        resident.say("081 234 5678");
        assertThat(resident.text()).contains("ตรวจสอบข้อมูลก่อนยืนยัน").contains("081-234-5678");
        resident.tap("ยืนยันส่งเรื่อง");

        DialogueTester housePhone = new DialogueTester(dialogue, Channel.WEB);
        housePhone.say("ขอรถน้ำ น้ำไม่ไหล");
        housePhone.tap("ยินยอมและเริ่มกรอก");
        housePhone.say("บ้านเลขที่ 5 หมู่ 4");
        housePhone.say("034-123-456");
        assertThat(housePhone.text()).as("a house phone is a phone").contains("ตรวจสอบข้อมูลก่อนยืนยัน")
                .contains("034-123-456");

        resident.say("ยุงเยอะมาก");
        resident.say("ซอยข้างตลาด");
        resident.tap("ไม่แน่ใจ");
        assertThat(resident.text()).as("the phone given before is used again").contains("ตรวจสอบข้อมูลก่อนยืนยัน")
                .contains("081-234-5678");
    }

    @Test
    void refusesToSkipARequiredQuestion() {
        startWithConsent("ขอรถน้ำ");
        resident.say("หมู่ 4");
        resident.say("ข้าม");
        assertThat(resident.text()).contains("จำเป็นต้องตอบ").contains("เบอร์โทรศัพท์");
    }

    @Test
    void editsOneAnswerAndComesBackToTheSummary() {
        startWithConsent("ขอรถน้ำ");
        resident.say("หมู่ 4");
        resident.say("0899999999");
        resident.tap("แก้ไข");
        resident.tap("สถานที่ส่งน้ำ");
        assertThat(resident.text()).contains("ให้ส่งน้ำที่ไหน");
        resident.say("ศาลาหมู่ 5");
        assertThat(resident.text()).contains("ตรวจสอบข้อมูลก่อนยืนยัน").contains("ศาลาหมู่ 5").doesNotContain("หมู่ 4\n");
    }

    @Test
    void cancelsAndForgetsThePhotos() {
        startWithConsent("ไฟดับ");
        resident.send(Input.Photo.of(JPEG, "image/jpeg"));
        resident.say("ยกเลิก");

        assertThat(resident.text()).contains("ยกเลิกคำขอแล้ว");
        assertThat(jdbc.queryForObject("select count(*) from conversation_upload where resident_id = ?", Integer.class,
                "WEB:" + resident.resident.key())).isZero();
        assertThat(cases.ofResident(CaseChannel.WEB, resident.resident.key())).isEmpty();
    }

    @Test
    void endsAFormLeftSilentForHalfAnHourWithAGentleNote() {
        startWithConsent("ไฟดับ");
        clock.advance(Duration.ofMinutes(31));

        resident.say("สวัสดีครับ");

        assertThat(resident.text()).contains("ปิดไปแล้ว").contains("แจ้งซ่อมไฟฟ้าสาธารณะ").contains("เมนูหลัก");
    }

    @Test
    void aSecondTapOnConfirmOpensNoSecondCase() {
        startWithConsent("ขอรถน้ำ");
        resident.say("หมู่ 4");
        resident.say("0899999999");
        Choice.Tap confirm = resident.choice("ยืนยันส่งเรื่อง");
        resident.send(new Input.Tap(confirm.data()));
        String code = cases.ofResident(CaseChannel.WEB, resident.resident.key()).get(0).trackingCode();

        resident.send(new Input.Tap(confirm.data()));

        assertThat(resident.text()).contains("ยืนยันไปแล้ว").contains(code);
        assertThat(cases.ofResident(CaseChannel.WEB, resident.resident.key())).hasSize(1);
    }

    @Test
    void aButtonOfAnOldFormGetsAClearAnswer() {
        startWithConsent("ขอรถน้ำ");
        Choice.Tap oldCancel = resident.choice("ยกเลิก");
        resident.say("ยกเลิก");
        startWithConsent("ไฟดับ");

        resident.send(new Input.Tap(oldCancel.data()));

        assertThat(resident.text()).contains("แบบฟอร์มที่จบไปแล้ว").contains("ไฟดับที่ไหน");
    }

    @Test
    void offersToSendUnmatchedTextAsAGeneralRequest() {
        resident.say("อยากเสนอให้จัดงานวันเด็กที่ศาลาหมู่ 5");
        assertThat(resident.text()).contains("ไม่พบบริการที่ตรงกับข้อความ");
        resident.tap("ส่งเป็นเรื่องทั่วไป");
        resident.tap("ยินยอมและเริ่มกรอก");
        assertThat(resident.text()).contains("แจ้งเรื่องอื่น ๆ");
        resident.tap("ข้าม");
        resident.tap("ข้าม");
        resident.tap("ข้าม");
        assertThat(resident.text()).contains("ตรวจสอบข้อมูลก่อนยืนยัน").contains("อยากเสนอให้จัดงานวันเด็กที่ศาลาหมู่ 5");
    }

    @Test
    void asksChoicesWithQuickRepliesAndAcceptsThemTyped() {
        startWithConsent("ขยะตกค้าง");
        assertThat(resident.choices()).extracting(Choice::label).contains("ขอถังขยะ");
        resident.say("ขอถังขยะ");
        assertThat(resident.text()).contains("อยู่ที่ไหน");
    }

    @Test
    void takesDatesTypedInBuddhistEraOrPicked() {
        startWithConsent("ยืมเต็นท์");
        resident.say("เต็นท์ 2 หลัง");
        resident.say("32/13/2569");
        assertThat(resident.text()).contains("อ่านวันที่ไม่ออก");
        resident.tapWithValue("📅 เลือกวันที่", "2026-12-20");
        resident.tap("ข้าม");
        resident.say("0812345678");
        assertThat(resident.text()).contains("20 ธันวาคม 2569");
    }

    @Test
    void showsTheResidentsOwnCasesOnly() {
        startWithConsent("ขอรถน้ำ");
        resident.say("หมู่ 4");
        resident.say("0899999999");
        resident.tap("ยืนยันส่งเรื่อง");
        String code = cases.ofResident(CaseChannel.WEB, resident.resident.key()).get(0).trackingCode();

        resident.say("เรื่องของฉัน");
        assertThat(resident.text()).contains(code).contains("ส่งแล้ว รอเจ้าหน้าที่รับเรื่อง");
        resident.tap("ดูรายละเอียด");
        assertThat(resident.text()).contains(code).contains("ความคืบหน้า").contains("สำนักปลัด");

        DialogueTester stranger = new DialogueTester(dialogue, Channel.WEB);
        stranger.say(code);
        assertThat(stranger.text()).contains("ไม่พบเรื่องเลขที่").doesNotContain("สำนักปลัด");
    }

    @Test
    void browsesCategoriesAndPagesThroughServiceCards() {
        resident.say("บริการ E-Service");
        assertThat(resident.text()).contains("แจ้งซ่อม แจ้งเหตุ");
        resident.tap("แจ้งซ่อม แจ้งเหตุ");
        assertThat(resident.last).hasSize(1);
        Reply.Cards cards = (Reply.Cards) resident.last.get(0);
        assertThat(cards.cards()).hasSize(4);
        assertThat(cards.cards().get(0).lines()).anyMatch(l -> l.contains("กองช่าง"));
        assertThat(cards.cards().get(3).title()).contains("ยังมีบริการอีก 2 รายการ");
        resident.tap("ดูหน้าถัดไป");
        assertThat(resident.text()).contains("แจ้งขยะตกค้าง/ขอถังขยะ").contains("ขอตัดต้นไม้/กิ่งไม้");
        resident.tap("ขั้นตอนและเอกสาร");
        assertThat(resident.text()).contains("ขั้นตอน").contains("เอกสารที่ต้องใช้")
                .as("a fee the SAO has not confirmed is given with a request to check")
                .contains("💰 ค่าธรรมเนียม: แจ้งขยะตกค้างหรือขอถังขยะไม่มีค่าธรรมเนียม")
                .contains("โปรดสอบถามเจ้าหน้าที่อีกครั้งก่อนยื่น")
                .as("where to complain, as the citizen manual gives it").contains("ร้องเรียนได้ที่").contains("1111");

        DialogueTester reader = new DialogueTester(dialogue, Channel.WEB);
        reader.send(new Input.Tap(new Postback.Info("official-info").data(), null));
        assertThat(reader.text()).as("a fee set by law is given as it is")
                .contains("💰 ค่าธรรมเนียม: ขอสำเนาเอกสาร ขนาด A4 ไม่เกินหน้าละ 1 บาท")
                .doesNotContain("โปรดสอบถามเจ้าหน้าที่อีกครั้งก่อนยื่น");
    }

    @Test
    void showsTheServiceManualWithItsLegalStandardTime() {
        resident.say("บริการ");
        resident.tap("ขออนุญาตและจดทะเบียน");
        resident.tap("ขั้นตอนและเอกสาร");
        assertThat(resident.text()).contains("แบบ ข.1").contains("45 วัน (นับตามปฏิทิน) นับจากวันที่ยื่นคำขอพร้อมเอกสารครบถ้วน").contains("กองช่าง");
    }

    @Test
    void showsAndWithdrawsConsentOnRequest() {
        startWithConsent("ขอรถน้ำ");
        resident.say("หมู่ 4");
        resident.say("0899999999");
        resident.tap("ยกเลิก");

        resident.say("ข้อมูลส่วนตัว");
        assertThat(resident.text()).contains("ให้ความยินยอมเมื่อ").contains("089-xxx-9999");
        resident.tap("ถอนความยินยอม");
        resident.tap("ยืนยันถอนความยินยอม");
        assertThat(resident.text()).contains("ถอนความยินยอมเรียบร้อยแล้ว");
        assertThat(jdbc.queryForObject("select count(*) from conversation_resident where resident_id = ?",
                Integer.class, "WEB:" + resident.resident.key())).isZero();

        resident.say("ขอรถน้ำ");
        assertThat(resident.text()).as("consent is asked again").contains("การใช้ข้อมูลส่วนบุคคล");
    }

    @Test
    void answersFrequentQuestionsFromTheCatalogue() {
        resident.say("ภาษีป้ายต้องยื่นเมื่อไหร่");
        assertThat(resident.text()).contains("ภ.ป.1").contains("มีนาคม").doesNotContain("อาจเปลี่ยนแปลงได้");
        resident.say("เบี้ยยังชีพเข้าวันไหนคะ");
        assertThat(resident.text()).as("an answer the SAO has not confirmed says so").contains("วันที่ 10")
                .contains("อาจเปลี่ยนแปลงได้ โปรดสอบถามเจ้าหน้าที่อีกครั้ง");

        resident.tap("คำถามอื่น");
        assertThat(resident.choices()).as("nine questions and a next page").hasSize(Menus.FAQ_PAGE + 1)
                .extracting(Choice::label).endsWith("คำถามเพิ่มเติม");
        resident.tap("คำถามเพิ่มเติม");
        assertThat(resident.choices()).extracting(Choice::label).contains("จ่ายภาษีได้ที่ไหน", "ดาวน์โหลดแบบฟอร์ม")
                .doesNotContain("คำถามเพิ่มเติม");
        resident.tap("จ่ายภาษีได้ที่ไหน");
        assertThat(resident.text()).contains("กองคลัง");
    }

    @Test
    void filesAComplaintThatGoesToThePaladOffice() {
        resident.say("ร้องเรียน");
        assertThat(resident.text()).contains("ร้องเรียนเหตุรำคาญ").contains("ร้องเรียนเจ้าหน้าที่")
                .contains("ร้องเรียนการบริการ").contains("แจ้งเบาะแสทุจริต");
        resident.tap("ร้องเรียนเหตุรำคาญ");
        resident.tap("ยินยอมและเริ่มกรอก");
        resident.tap("กลิ่นเหม็น");
        resident.say("ฟาร์มหมูท้ายซอย 5");
        resident.tap("ข้าม");
        resident.say("เหม็นทุกเย็น");
        resident.tap("ข้าม");
        resident.tap("ยืนยันส่งเรื่อง");

        assertThat(resident.text()).contains("ส่งเรื่องเรียบร้อยแล้ว").contains("สำนักปลัด");
        assertThat(jdbc.queryForObject("select kind from service_case where resident_key = ?", String.class,
                resident.resident.key())).isEqualTo("COMPLAINT");
    }

    private void startWithConsent(String text) {
        resident.say(text);
        if (resident.text().contains("การใช้ข้อมูลส่วนบุคคล")) {
            resident.tap("ยินยอมและเริ่มกรอก");
        }
    }

    @Test
    void anEmergencyGetsTheNumbersToCallFirstEvenInTheMiddleOfAForm() {
        resident.say("ไฟไหม้บ้านข้าง ๆ ช่วยด้วย");
        assertThat(resident.last.get(0)).isInstanceOfSatisfying(Reply.Text.class, first ->
                assertThat(first.text()).contains("199").contains("1669").contains("1784").contains("191"));

        startWithConsent("ขยะตกค้าง");
        resident.say("มีคนเจ็บ รถชนที่หน้าวัด");
        assertThat(resident.last.get(0)).isInstanceOfSatisfying(Reply.Text.class, first ->
                assertThat(first.text()).contains("1669"));
        assertThat(resident.last).hasSizeLessThanOrEqualTo(Dialogue.MAX_REPLIES);

        DialogueTester browsing = new DialogueTester(dialogue, Channel.WEB);
        browsing.send(new Input.Tap(new Postback.Info("disaster-help").data(), null));
        assertThat(browsing.text()).as("the disaster service's manual gives the numbers first").contains("1784");
        browsing.send(new Input.Tap(new Postback.Category("help", 1).data(), null));
        assertThat(((Reply.Cards) browsing.last.get(0)).cards()).filteredOn(c -> c.title().contains("สาธารณภัย"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.lines().get(0)).contains("199"));

        DialogueTester drain = new DialogueTester(dialogue, Channel.WEB);
        drain.say("น้ำท่วมขังหน้าบ้านระบายไม่ได้");
        assertThat(drain.text()).as("standing water is a drain to clear, not an emergency").doesNotContain("1784");
    }

    @Test
    void aPowerCutAtHomeOrTapWaterIsReferredToTheirAgencyNotAnSaoForm() {
        resident.say("ไฟดับทั้งบ้านตั้งแต่เช้า");
        assertThat(resident.text()).contains("1129").doesNotContain("การใช้ข้อมูลส่วนบุคคล");
        assertThat(resident.choices()).extracting(Choice::label).contains("แจ้งซ่อมไฟสาธารณะ", "ส่งเรื่องถึง อบต.");

        DialogueTester water = new DialogueTester(dialogue, Channel.WEB);
        water.say("น้ำประปาไม่ไหลสองวันแล้ว");
        assertThat(water.text()).contains("1662");
        assertThat(water.choices()).extracting(Choice::label).containsExactly("แจ้งประปาหมู่บ้าน", "ขอรถบรรทุกน้ำ");
        water.tap("แจ้งประปาหมู่บ้าน");
        water.tap("ยินยอมและเริ่มกรอก");
        assertThat(water.text()).as("the village water supply form").contains("ประปาหมู่บ้าน")
                .contains("ต้องการแจ้งเรื่องใด");
        water.tap("น้ำประปาไม่ไหล");
        assertThat(water.text()).contains("ส่งตำแหน่ง");

        DialogueTester street = new DialogueTester(dialogue, Channel.WEB);
        street.say("ไฟถนนดับทั้งซอย");
        assertThat(street.text()).doesNotContain("1129").contains("การใช้ข้อมูลส่วนบุคคล");
        DialogueTester truck = new DialogueTester(dialogue, Channel.WEB);
        truck.say("ขอรถน้ำ น้ำไม่ไหล");
        assertThat(truck.text()).as("a service named outright is started").doesNotContain("1662");
    }
}
