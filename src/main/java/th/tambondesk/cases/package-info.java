/**
 * Service requests and complaints: the case with its tracking code, status, division, due date, photos and
 * timeline. Cases are opened by the conversation (and later by staff for walk-ins); every change is published as an
 * event so channels can tell the resident.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog"})
package th.tambondesk.cases;
