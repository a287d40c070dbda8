/**
 * The LINE adapter, and the only module that knows the LINE SDK.
 * <p>
 * The webhook ({@code webhook}) checks the signature against the raw body, stores the raw events in the durable
 * queue ({@code queue}, once per {@code webhookEventId}) and answers 200 at once. The queue's dispatcher hands each
 * stored event to {@code LineEventHandler}, in order per user, which asks the conversation for
 * the answer, renders it as LINE messages ({@code render}) and writes it to the outbox ({@code outbox}) in the same
 * transaction. The sender delivers the outbox with the reply token while it is fresh, otherwise by push with a retry
 * key derived from the event, retrying LINE's 5xx and timeouts with backoff. {@code channel} holds the settings and
 * the SDK clients; {@code richmenu} the rich menu and its deploy command.
 * <p>
 * This package wires the parts together; the parts do not depend on it, and the queue knows nothing of LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "conversation"})
@NullMarked
package th.tambondesk.line;

import org.jspecify.annotations.NullMarked;
