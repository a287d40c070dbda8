/**
 * TambonDesk: the application, and what runs across modules (backups, housekeeping of the database, module events
 * that were not passed on, the management port, security defaults).
 */
@NullMarked
package th.tambondesk;

import org.jspecify.annotations.NullMarked;
