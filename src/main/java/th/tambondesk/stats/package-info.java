/**
 * Service statistics (ITA O12, O24, E9): the interaction log, monthly rollups of the log and the cases, the reports
 * and exports read from the rollups, and the public statistics page. The interaction log holds one row for every
 * inbound message or event and every answer, with a pseudonym of the resident instead of the LINE id or session
 * key. Only the inbox uses this module (the staff's statistics page and its exports).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "conversation", "cases", "catalog", "qr", "integrity"})
@NullMarked
package th.tambondesk.stats;

import org.jspecify.annotations.NullMarked;
