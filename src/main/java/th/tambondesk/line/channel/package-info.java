/**
 * The LINE channel: whether it is configured (secret and token set), the adapter's settings
 * ({@code tambondesk.line.*}) and the SDK's API clients.
 */
@NullMarked
package th.tambondesk.line.channel;

import org.jspecify.annotations.NullMarked;
