/** The rich menu: its definition, image and the command that deploys it to the channel. */
@NullMarked
package th.tambondesk.line.richmenu;

import org.jspecify.annotations.NullMarked;
