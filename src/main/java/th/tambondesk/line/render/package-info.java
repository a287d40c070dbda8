/** The conversation's channel-neutral replies as LINE messages, within LINE's limits. */
@NullMarked
package th.tambondesk.line.render;

import org.jspecify.annotations.NullMarked;
