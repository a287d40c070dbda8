/**
 * The staff web UI and its security: form login for ADMIN, STAFF (of a division) and AUDITOR; the auditor's
 * integrity section; from the inbox issue on, the case inbox and the admin pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases", "integrity"})
package th.tambondesk.inbox;
