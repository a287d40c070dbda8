package th.tambondesk.cases;

import java.time.LocalDate;

/**
 * What the inbox list shows.
 *
 * @param view  NEW, MINE, DIVISION, OVERDUE or ALL
 * @param query a tracking code, a phone number or words from the case
 */
public record CaseFilter(View view, CaseStatus status, String service, CaseChannel channel, LocalDate from,
                         LocalDate to, String query) {

    public enum View {
        NEW,
        MINE,
        DIVISION,
        OVERDUE,
        ALL
    }
}
