/**
 * The SAO's own facts, its e-services (with the rules a service and an answer to its form keep), FAQ, holidays
 * and working days.
 * Everything here is configuration or seed data, never code, so another SAO can adopt the product.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
@NullMarked
package th.tambondesk.catalog;

import org.jspecify.annotations.NullMarked;
