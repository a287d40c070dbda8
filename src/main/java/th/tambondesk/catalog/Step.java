package th.tambondesk.catalog;

/** One step of a service as the service manual (ITA O11) lists it, with its time if one is set. */
public record Step(String text, String time, boolean verified) {
}
