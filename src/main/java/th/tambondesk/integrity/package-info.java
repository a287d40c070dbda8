/**
 * The corruption and misconduct channel (ITA O23): reports that may be anonymous, encrypted at rest, readable by the
 * internal auditor only, followed by the reporter with a receipt code instead of an identity.
 * <p>
 * Anonymity is a fact of the types: nothing in this module's API takes a LINE user id, a web session or an IP
 * address. Report contents, drafts and evidence are sealed with AES-GCM under {@code TAMBONDESK_INTEGRITY_KEY};
 * only the category, status and month stay readable, for the O24 counts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
@NullMarked
package th.tambondesk.integrity;

import org.jspecify.annotations.NullMarked;
