package th.tambondesk.catalog;

/**
 * A question residents ask and its answer, with the SAO's facts filled in; {@code verified} is false while the SAO
 * has not confirmed the answer.
 */
public record FaqView(String code, String question, String answer, boolean verified) {
}
