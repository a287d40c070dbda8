/**
 * Answers on their way to LINE ({@code line_outbox}): written in the transaction that decided them, sent by reply
 * token while it is fresh, otherwise by push with a retry key; LINE's 5xx, 429 and timeouts are retried with
 * backoff. Also who follows the account, so that nothing is pushed to someone who blocked it.
 */
@NullMarked
package th.tambondesk.line.outbox;

import org.jspecify.annotations.NullMarked;
