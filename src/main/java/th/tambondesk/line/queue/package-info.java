/**
 * The durable queue of incoming events ({@code line_event}): stored once per event id, claimed with a lease,
 * handed to a {@link th.tambondesk.line.queue.StoredEventHandler} one event per user at a time and in order, retried
 * with backoff and set aside after too many attempts. It knows nothing of LINE beyond the table's name.
 */
@NullMarked
package th.tambondesk.line.queue;

import org.jspecify.annotations.NullMarked;
