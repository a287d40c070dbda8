/**
 * The staff web UI and its security: form login for ADMIN, STAFF (of a division) and AUDITOR; the auditor's
 * integrity section; the case inbox, the admin pages and the posters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases", "integrity", "qr"})
package th.tambondesk.inbox;
