package th.tambondesk.catalog;

/** A division of the SAO and what it does. */
public record DivisionView(String code, String name, String duties) {
}
