/**
 * Service requests and complaints: the case with its tracking code, status, division, due date, photos and
 * timeline. Cases are opened by the conversation, by staff for walk-ins and through Open311; a status change or a
 * staff reply is published as an event so the conversation can tell the resident, and every change of counts so
 * the statistics can recount.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog"})
@NullMarked
package th.tambondesk.cases;

import org.jspecify.annotations.NullMarked;
