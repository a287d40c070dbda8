/**
 * The LINE adapter, and the only module that knows the LINE SDK.
 * <p>
 * The webhook checks the signature against the raw body, stores the raw events (once per
 * {@code webhookEventId}) and answers 200 at once. A dispatcher then hands each stored event to the
 * conversation, in order per user, and writes the answer to an outbox in the same transaction. The sender
 * delivers the outbox with the reply token while it is fresh, otherwise by push with a retry key derived from the
 * event, retrying LINE's 5xx and timeouts with backoff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "conversation"})
package th.tambondesk.line;
