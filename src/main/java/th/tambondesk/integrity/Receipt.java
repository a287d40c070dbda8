package th.tambondesk.integrity;

/** Given once when a report is sent: the only key to follow it. */
public record Receipt(String code) {
}
