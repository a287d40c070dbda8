package th.tambondesk.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Text that the SAO's forms must not answer first: an emergency (the resident needs a number to call now, not a
 * form), and matters of other agencies that share words with SAO services (a power cut in the house is the
 * Provincial Electricity Authority's, not a street light; tap water that stops is the waterworks', not the water
 * truck). Matched like the catalogue's keywords, without word breaks.
 */
final class Referrals {

    /** Where a text that is not an emergency should go instead of an SAO form. */
    enum Elsewhere {
        /** A power cut or fault in a home or along the mains: การไฟฟ้าส่วนภูมิภาค 1129. */
        ELECTRICITY,
        /** Tap water: กปภ. 1662, or the village water supply. */
        WATERWORKS
    }

    private static final List<String> EMERGENCY = List.of("ไฟไหม้", "เพลิงไหม้", "ไฟลุก", "อัคคีภัย", "น้ำท่วม",
            "น้ำป่า", "อุบัติเหตุ", "รถชน", "รถคว่ำ", "คนเจ็บ", "บาดเจ็บ", "เลือดออก", "หมดสติ", "ไม่หายใจ", "จมน้ำ",
            "ไฟดูด", "ไฟช็อต", "ไฟฟ้าช็อต", "งูเข้าบ้าน", "งูกัด", "งูเห่า", "งูจงอาง", "ฉุกเฉิน", "ช่วยด้วย",
            "ล้มทับ", "แก๊สรั่ว", "ทำร้ายร่างกาย", "ถูกทำร้าย", "โจรขึ้นบ้าน", "ขโมยขึ้นบ้าน", "ปล้น");
    /** Contain an emergency word but are not one: water standing on a road is a drain to clear. */
    private static final List<String> NOT_EMERGENCY = List.of("น้ำท่วมขัง", "ท่วมขัง");

    private static final List<String> ELECTRICITY = List.of("ไฟบ้านดับ", "บ้านไฟดับ", "ไฟดับทั้งบ้าน", "ไฟดับในบ้าน",
            "ไฟในบ้านดับ", "ไฟฟ้าในบ้าน", "ไฟดับทั้งหมู่บ้าน", "ไฟดับทั้งซอย", "ไฟดับทั้งตำบล", "ไฟตก", "ไฟกระชาก",
            "มิเตอร์ไฟ", "หม้อแปลง", "สายไฟขาด", "สายไฟฟ้าขาด", "สายไฟหย่อน", "ค่าไฟ", "ขอติดตั้งไฟฟ้า",
            "ขอมิเตอร์");
    /** A street light named outright stays a street-light report, whatever else the text says. */
    private static final List<String> STREET_LIGHT = List.of("ไฟถนน", "ไฟทาง", "เสาไฟ", "ไฟส่องสว่าง", "ไฟสาธารณะ",
            "ไฟฟ้าสาธารณะ", "หลอดไฟ", "โคมไฟ");
    private static final List<String> WATERWORKS = List.of("ประปาไม่ไหล", "น้ำไม่ไหล", "ท่อประปาแตก", "ท่อประปารั่ว",
            "ท่อน้ำแตก", "ท่อน้ำรั่ว", "ประปาขุ่น", "น้ำประปาขุ่น", "น้ำไหลอ่อน", "ประปาไหลอ่อน", "มิเตอร์น้ำ",
            "ค่าน้ำ");

    private Referrals() {
    }

    static boolean isEmergency(String text) {
        String cleaned = Words.clean(text);
        String withoutOthers = cleaned;
        for (String not : NOT_EMERGENCY) {
            withoutOthers = withoutOthers.replace(not, " ");
        }
        return containsAny(withoutOthers, EMERGENCY);
    }

    static Optional<Elsewhere> elsewhere(String text) {
        String cleaned = Words.clean(text);
        if (containsAny(cleaned, ELECTRICITY) && !containsAny(cleaned, STREET_LIGHT)) {
            return Optional.of(Elsewhere.ELECTRICITY);
        }
        if (containsAny(cleaned, WATERWORKS)) {
            return Optional.of(Elsewhere.WATERWORKS);
        }
        return Optional.empty();
    }

    /**
     * The text without the words that pointed elsewhere, to see whether it still names an SAO service ("ขอรถน้ำ
     * น้ำไม่ไหล" asks for the water truck).
     */
    static String withoutReferralWords(String text) {
        String rest = Words.clean(text);
        for (String word : ELECTRICITY) {
            rest = rest.replace(word, " ");
        }
        for (String word : WATERWORKS) {
            rest = rest.replace(word, " ");
        }
        return rest.strip();
    }

    private static boolean containsAny(String cleaned, List<String> words) {
        return words.stream().anyMatch(cleaned::contains);
    }
}
