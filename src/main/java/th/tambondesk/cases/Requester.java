package th.tambondesk.cases;

/**
 * Who to tell about a case: the resident's channel and its key (LINE user id or web chat session key), plus a
 * pseudonym for statistics. Walk-ins without LINE have none.
 */
public record Requester(CaseChannel channel, String key, String pseudonym) {
}
