/**
 * The Open311 GeoReport v2 API at {@code /open311/v2}: the e-services as Open311 services, the public cases as
 * service requests (JSON and XML), and reporting through it with an API key the admin issues. The listing never
 * holds personal data nor any request of a service about a person's own matter, and never an integrity report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases"})
@NullMarked
package th.tambondesk.open311;

import org.jspecify.annotations.NullMarked;
