package th.tambondesk.conversation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import th.tambondesk.common.ChatCommands;

/**
 * Words residents type instead of tapping a button. Compared after removing spaces, zero-width characters and
 * punctuation residents add, because Thai is typed without spaces and phones insert invisible characters.
 */
final class Words {

    private static final Set<String> SKIP = Set.of("ข้าม", "ไม่มี", "ไม่ระบุ", "skip");
    private static final Set<String> CANCEL = Set.of("ยกเลิก", "ยกเลิกคำขอ", "cancel");
    private static final Set<String> CONFIRM = Set.of("ยืนยัน", "ตกลง", "ok", "โอเค", "ใช่");
    private static final Set<String> EDIT = Set.of("แก้ไข", "แก้", "edit");
    private static final Set<String> MENU = Set.of("เมนู", "เมนูหลัก", "menu", "หน้าหลัก");
    private static final Set<String> SERVICES = Set.of("บริการ", "บริการe-service", "e-service", "eservice",
            "บริการออนไลน์", "บริการทั้งหมด");
    private static final Set<String> MY_CASES = Set.of("เรื่องของฉัน", "ติดตามเรื่อง", "สถานะเรื่อง", "เรื่องที่แจ้ง");
    private static final Set<String> PRIVACY = Set.of("ข้อมูลส่วนตัว", "ข้อมูลส่วนบุคคล", "privacy");
    private static final Set<String> CONTACT = Set.of("ติดต่อ", "ติดต่ออบต", "ติดต่ออบต.", "ติดต่ออบต./คำถามที่พบบ่อย",
            "คำถามที่พบบ่อย", "faq", "สอบถาม");
    private static final Set<String> COMPLAINT = Set.of("แจ้งเรื่อง", "ร้องเรียน", "แจ้งเรื่อง/ร้องเรียน", "ร้องทุกข์");
    private static final Set<String> INTEGRITY = Set.of(ChatCommands.INTEGRITY, "แจ้งเบาะแส", "ทุจริต");
    private static final List<String> GREETINGS = List.of("สวัสดี", "หวัดดี", "hello", "hi", "ดีครับ", "ดีค่ะ");

    private Words() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || c == '"' || c == '“' || c == '”' || c == '!' || c == '?' || c == 'ๆ') {
                continue;
            }
            out.append(c);
        }
        String cleaned = out.toString();
        // "ค่ะ", "ครับ", "คะ", "จ้า" at the end are politeness, not meaning.
        for (String particle : List.of("ครับ", "ค่ะ", "คะ", "จ้า", "นะ")) {
            if (cleaned.length() > particle.length() && cleaned.endsWith(particle)) {
                cleaned = cleaned.substring(0, cleaned.length() - particle.length());
            }
        }
        return cleaned;
    }

    static boolean isSkip(String text) {
        return SKIP.contains(clean(text));
    }

    static boolean isCancel(String text) {
        return CANCEL.contains(clean(text));
    }

    static boolean isConfirm(String text) {
        return CONFIRM.contains(clean(text));
    }

    static boolean isEdit(String text) {
        return EDIT.contains(clean(text));
    }

    static boolean isMenu(String text) {
        return MENU.contains(clean(text));
    }

    static boolean isServices(String text) {
        return SERVICES.contains(clean(text));
    }

    static boolean isMyCases(String text) {
        return MY_CASES.contains(clean(text));
    }

    static boolean isPrivacy(String text) {
        return PRIVACY.contains(clean(text));
    }

    static boolean isContact(String text) {
        return CONTACT.contains(clean(text));
    }

    static boolean isComplaint(String text) {
        return COMPLAINT.contains(clean(text));
    }

    static boolean isIntegrity(String text) {
        return INTEGRITY.contains(clean(text));
    }

    static boolean isGreeting(String text) {
        String cleaned = clean(text);
        return cleaned.length() <= 12 && GREETINGS.stream().anyMatch(cleaned::startsWith);
    }

    /** The option the text names: the same words, or a unique option that contains them. */
    static Optional<String> option(String text, List<String> options) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        for (String option : options) {
            if (clean(option).equals(cleaned)) {
                return Optional.of(option);
            }
        }
        List<String> containing = options.stream().filter(o -> clean(o).contains(cleaned)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }
}
