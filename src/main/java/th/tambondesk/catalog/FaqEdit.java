package th.tambondesk.catalog;

import java.util.List;

/** A FAQ entry as the admin edits it. {@code requires} names the SAO facts its answer needs, e.g. "phone". */
public record FaqEdit(String code, String question, String answer, List<String> requires, List<String> keywords,
                      boolean active, boolean verified) {
}
