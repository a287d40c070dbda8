/**
 * The SAO's own facts and, from the catalogue issue on, its e-services and FAQ.
 * Everything here is configuration or seed data, never code, so another SAO can adopt the product.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package th.tambondesk.catalog;
