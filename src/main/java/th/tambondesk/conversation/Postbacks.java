package th.tambondesk.conversation;

/**
 * The data the dialogue puts on its buttons and reads back from taps. Short, readable, at most 300 characters
 * (LINE's limit), and never trusted: every tap is checked against the current state.
 */
final class Postbacks {

    static final String MENU = "menu:main";
    static final String SERVICES = "menu:services";
    static final String COMPLAINT = "menu:complaint";
    static final String MY_CASES = "menu:mine";
    static final String INTEGRITY = "menu:integrity";
    static final String CONTACT = "menu:contact";
    static final String PRIVACY = "menu:privacy";
    static final String CONSENT_YES = "consent:yes";
    static final String CONSENT_NO = "consent:no";
    static final String FORGET_PHONE = "privacy:forget-phone";
    static final String WITHDRAW = "privacy:withdraw";
    static final String WITHDRAW_CONFIRMED = "privacy:withdraw-confirmed";
    static final String GENERAL_FROM_TEXT = "req:general:unmatched";
    /** Changed their mind about withdrawing, or about saying a case is not fixed. */
    static final String KEEP_CASE = "case-keep";

    private Postbacks() {
    }

    static String category(String code, int page) {
        return page <= 1 ? "cat:" + code : "cat:" + code + ":" + page;
    }

    static String info(String service) {
        return "info:" + service;
    }

    static String request(String service) {
        return "req:" + service;
    }

    static String myCase(String trackingCode) {
        return "case:" + trackingCode;
    }

    /** "ยังไม่เรียบร้อย" on a finished case. */
    static String reopen(String trackingCode) {
        return "reopen:" + trackingCode;
    }

    /** Withdraw an open case: asks for a reason, which {@link #withdrawCase(String, int)} gives. */
    static String withdrawCase(String trackingCode) {
        return "withdraw-case:" + trackingCode;
    }

    static String withdrawCase(String trackingCode, int reason) {
        return "withdraw-case:" + trackingCode + ":" + reason;
    }

    static String contact(int page) {
        return CONTACT + ":" + page;
    }

    static String faq(String code) {
        return "faq:" + code;
    }

    static String form(String formId, String action) {
        return "f:" + formId + ":" + action;
    }

    /** The part after "prefix:", or null when the data does not start with it. */
    static String after(String data, String prefix) {
        return data.startsWith(prefix + ":") ? data.substring(prefix.length() + 1) : null;
    }
}
