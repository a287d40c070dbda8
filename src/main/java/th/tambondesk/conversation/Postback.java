package th.tambondesk.conversation;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a button of the dialogue means, and the data it carries to LINE or the web chat and back. {@link #parse}
 * reads any data, a button of an old version or a forged one included, and never fails: what it does not know is
 * {@link Unknown}. For every value the dialogue makes, {@code parse(p.data())} equals {@code p}. Data is short and
 * at most 300 characters (LINE's limit); it is never trusted: every tap is checked against the current state.
 */
sealed interface Postback {

    /** The data put on the button. */
    String data();

    /** Reads the data of a tap. */
    static Postback parse(String data) {
        if (data == null || data.isEmpty()) {
            return new Unknown("");
        }
        Simple simple = byData(Simple.values(), Simple::data, data);
        if (simple != null) {
            return simple;
        }
        int colon = data.indexOf(':');
        if (colon < 0) {
            return new Unknown(data);
        }
        String rest = data.substring(colon + 1);
        return switch (data.substring(0, colon)) {
            case "f" -> {
                int split = rest.indexOf(':');
                yield split < 0 ? new Form(rest, FormAction.parse(""))
                        : new Form(rest.substring(0, split), FormAction.parse(rest.substring(split + 1)));
            }
            case "ig" -> new Integrity(IntegrityAction.parse(rest));
            case "menu" -> rest.startsWith("contact:")
                    ? new ContactPage(page(rest.substring("contact:".length()))) : new Unknown(data);
            case "cat" -> {
                String[] parts = rest.split(":");
                yield new Category(parts[0], parts.length > 1 ? page(parts[1]) : 1);
            }
            case "info" -> new Info(rest);
            case "req" -> new Request(rest);
            case "case" -> new MyCase(rest);
            case "reopen" -> new Reopen(rest);
            case "withdraw-case" -> {
                String[] parts = rest.split(":");
                yield parts.length == 2 ? new Withdraw(parts[0], number(parts[1])) : new Withdraw(rest, null);
            }
            case "faq" -> new Faq(rest);
            case "rate" -> {
                String[] parts = rest.split(":");
                yield parts.length == 2 ? new Rate(parts[0], Math.max(0, number(parts[1]))) : new Unknown(data);
            }
            default -> new Unknown(data);
        };
    }

    /** The button among {@code buttons} whose data is {@code data}, or null. */
    private static <T> @Nullable T byData(T[] buttons, Function<T, String> dataOf, String data) {
        for (T button : buttons) {
            if (dataOf.apply(button).equals(data)) {
                return button;
            }
        }
        return null;
    }

    /** A page number; anything else is the first page. */
    private static int page(String text) {
        return Math.max(1, number(text));
    }

    /** A number, or -1. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Buttons that carry nothing but what they are. */
    enum Simple implements Postback {
        MENU("menu:main"),
        SERVICES("menu:services"),
        COMPLAINT("menu:complaint"),
        MY_CASES("menu:mine"),
        INTEGRITY("menu:integrity"),
        CONTACT("menu:contact"),
        PRIVACY("menu:privacy"),
        CONSENT_YES("consent:yes"),
        CONSENT_NO("consent:no"),
        FORGET_PHONE("privacy:forget-phone"),
        WITHDRAW("privacy:withdraw"),
        WITHDRAW_CONFIRMED("privacy:withdraw-confirmed"),
        /** Send the text that matched no service as a general request. */
        GENERAL_FROM_TEXT("req:general:unmatched"),
        /** Changed their mind about withdrawing, or about saying a case is not fixed. */
        KEEP_CASE("case-keep");

        private final String data;

        Simple(String data) {
            this.data = data;
        }

        @Override
        public String data() {
            return data;
        }
    }

    /** A page of a category's services. */
    record Category(String code, int page) implements Postback {
        @Override
        public String data() {
            return page <= 1 ? "cat:" + code : "cat:" + code + ":" + page;
        }
    }

    /** A page of the questions and answers. */
    record ContactPage(int page) implements Postback {
        @Override
        public String data() {
            return Simple.CONTACT.data + ":" + page;
        }
    }

    /** A service's manual. */
    record Info(String service) implements Postback {
        @Override
        public String data() {
            return "info:" + service;
        }
    }

    /** Start a service's form. */
    record Request(String service) implements Postback {
        @Override
        public String data() {
            return "req:" + service;
        }
    }

    /** One of the resident's cases, in detail. */
    record MyCase(String trackingCode) implements Postback {
        @Override
        public String data() {
            return "case:" + trackingCode;
        }
    }

    /** "ยังไม่เรียบร้อย" on a finished case. */
    record Reopen(String trackingCode) implements Postback {
        @Override
        public String data() {
            return "reopen:" + trackingCode;
        }
    }

    /**
     * Withdraw an open case: without a reason it asks for one; with one (1 and up; 0 or less when the data was not
     * a number) it withdraws.
     */
    record Withdraw(String trackingCode, @Nullable Integer reason) implements Postback {
        @Override
        public String data() {
            return reason == null ? "withdraw-case:" + trackingCode : "withdraw-case:" + trackingCode + ":" + reason;
        }
    }

    /** One question and its answer. */
    record Faq(String code) implements Postback {
        @Override
        public String data() {
            return "faq:" + code;
        }
    }

    /** Stars for a finished case (0 when the data was not a number). */
    record Rate(String trackingCode, int stars) implements Postback {
        @Override
        public String data() {
            return "rate:" + trackingCode + ":" + stars;
        }
    }

    /** A button of one form: valid only while that form is open. */
    record Form(String formId, FormAction action) implements Postback {
        @Override
        public String data() {
            return "f:" + formId + ":" + action.data();
        }
    }

    /** A button of the integrity channel. */
    record Integrity(IntegrityAction action) implements Postback {
        @Override
        public String data() {
            return "ig:" + action.data();
        }
    }

    /** Data the dialogue does not make (an old version's button, or forged). */
    record Unknown(String data) implements Postback {
    }

    /** What a form's button does. */
    sealed interface FormAction {

        String data();

        static FormAction parse(String data) {
            Button button = byData(Button.values(), Button::data, data);
            if (button != null) {
                return button;
            }
            if (data.startsWith("edit:")) {
                return new EditField(data.substring("edit:".length()));
            }
            if (data.startsWith("opt:")) {
                return new Option(number(data.substring("opt:".length())));
            }
            return new UnknownAction(data);
        }

        /** Buttons that carry nothing else. */
        enum Button implements FormAction {
            CANCEL("cancel"),
            /** Join the open case nearby instead of reporting anew. */
            JOIN("join"),
            /** Report anew although a case nearby is open. */
            NEW("new"),
            CONFIRM("confirm"),
            EDIT("edit"),
            SUMMARY("summary"),
            RESUME("resume"),
            SKIP("skip"),
            TODAY("date:today"),
            TOMORROW("date:tomorrow"),
            /** The date picker: the day comes with the tap. */
            PICK_DATE("date");

            private final String data;

            Button(String data) {
                this.data = data;
            }

            @Override
            public String data() {
                return data;
            }
        }

        /** Change one answer, from the summary. */
        record EditField(String key) implements FormAction {
            @Override
            public String data() {
                return "edit:" + key;
            }
        }

        /** One of a choice field's options, by its index (-1 when the data was not a number). */
        record Option(int index) implements FormAction {
            @Override
            public String data() {
                return "opt:" + index;
            }
        }

        record UnknownAction(String data) implements FormAction {
        }
    }

    /** What a button of the integrity channel does. */
    sealed interface IntegrityAction {

        String data();

        static IntegrityAction parse(String data) {
            Button button = byData(Button.values(), Button::data, data);
            if (button != null) {
                return button;
            }
            if (data.startsWith("category:")) {
                return new Category(data.substring("category:".length()));
            }
            // Older buttons said "send:" and anything but "anonymous" for a named report.
            if (data.startsWith("send:")) {
                return Button.SEND_NAMED;
            }
            return new UnknownAction(data);
        }

        /** Buttons that carry nothing else. */
        enum Button implements IntegrityAction {
            START("start"),
            FOLLOW("follow"),
            RESUME("resume"),
            CANCEL("cancel"),
            SKIP("skip"),
            ANONYMOUS("anonymous"),
            NAMED("named"),
            SEND_ANONYMOUS("send:anonymous"),
            SEND_NAMED("send:named"),
            RESTART("restart"),
            ADD("add");

            private final String data;

            Button(String data) {
                this.data = data;
            }

            @Override
            public String data() {
                return data;
            }
        }

        /** A category of misconduct, by its {@code IntegrityCategory} name. */
        record Category(String name) implements IntegrityAction {
            @Override
            public String data() {
                return "category:" + name;
            }
        }

        record UnknownAction(String data) implements IntegrityAction {
        }
    }
}
