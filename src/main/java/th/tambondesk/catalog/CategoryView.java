package th.tambondesk.catalog;

/** A group of e-services. */
public record CategoryView(String code, String name, int serviceCount) {
}
