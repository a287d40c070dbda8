/**
 * {@code POST /callback}: the signature check, storing the raw events, and reading a stored event as the
 * conversation's input (downloading a photo from LINE where it has one).
 */
@NullMarked
package th.tambondesk.line.webhook;

import org.jspecify.annotations.NullMarked;
