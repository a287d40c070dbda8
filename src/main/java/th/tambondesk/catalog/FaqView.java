package th.tambondesk.catalog;

/** A question residents ask and its answer, with the SAO's facts filled in. */
public record FaqView(String code, String question, String answer) {
}
