/**
 * The staff web UI and its security: form login for ADMIN, STAFF (of a division) and AUDITOR; the auditor's
 * integrity section; the case inbox, the admin pages, the posters and the statistics.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases", "conversation", "integrity", "open311", "qr", "stats"})
@NullMarked
package th.tambondesk.inbox;

import org.jspecify.annotations.NullMarked;
