/**
 * The web channel: the same dialogue as on LINE, in a browser page at {@code /chat}, with no login. It is the
 * channel for residents without LINE and the way to try the system locally. Only this module renders chat HTML.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "conversation", "catalog"})
@NullMarked
package th.tambondesk.webchat;

import org.jspecify.annotations.NullMarked;
