package th.tambondesk.catalog;

/**
 * LINE shows at most 20 characters (UTF-16 units, as LINE counts them) of a quick reply or button label, so catalogue
 * text that the chat puts on a button must fit: category names, choice options, the labels of the details asked
 * (the edit menu), FAQ questions and the names of the services the complaint menu lists.
 */
final class Labels {

    static final int MAX = 20;

    private Labels() {
    }

    static boolean fits(String label) {
        return label == null || label.length() <= MAX;
    }

    /** Whether the complaint menu shows this service's name on a button. */
    static boolean onButton(ServiceKind kind, String code) {
        return kind == ServiceKind.COMPLAINT || "general".equals(code);
    }
}
