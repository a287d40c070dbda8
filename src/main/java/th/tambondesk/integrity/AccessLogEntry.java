package th.tambondesk.integrity;

import java.time.Instant;

import th.tambondesk.common.Texts;

/**
 * One reading of or change to a report, by whom and when. {@code action} is stored as written when it happened
 * (it is part of the hash chain): LIST, OPEN, EVIDENCE n, REPLY, STATUS s, ACCESS LOG, or ACCOUNT kind user [from to]
 * for a change of a staff account ({@link AccountAudit}).
 */
public record AccessLogEntry(long id, Long reportId, String auditor, String action, Instant at) {

    /** The action in words for the auditor's page, e.g. "เปลี่ยนสถานะเป็น “กำลังดำเนินการ”". */
    public String describe(Texts texts) {
        String[] parts = action.split(" ", 2);
        String argument = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "LIST" -> texts.get("integrity.action.list");
            case "OPEN" -> texts.get("integrity.action.open");
            case "REPLY" -> texts.get("integrity.action.reply");
            case "EVIDENCE" -> texts.get("integrity.action.evidence", argument);
            case "ACCESS" -> texts.get("integrity.action.access-log");
            case "ACCOUNT" -> account(texts, argument.split(" "));
            case "STATUS" -> status(argument)
                    .map(s -> texts.get("integrity.action.status", texts.get(s.messageKey())))
                    .orElse(action);
            default -> action;
        };
    }

    /** "ROLE somchai staff admin" → "เปลี่ยนบทบาทของบัญชี somchai จาก staff เป็น admin". */
    private String account(Texts texts, String[] words) {
        String key = "integrity.action.account." + words[0].toLowerCase(java.util.Locale.ROOT);
        Object[] args = java.util.Arrays.copyOfRange(words, 1, 4);
        return texts.get(key, args);
    }

    private static java.util.Optional<IntegrityStatus> status(String name) {
        try {
            return java.util.Optional.of(IntegrityStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
