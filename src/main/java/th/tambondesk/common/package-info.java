/**
 * Small shared value types and helpers that every module may use: Thai text lookup, Thai dates and fiscal years,
 * phone numbers, image types, security headers, per-source throttles, and the application's own keys
 * ({@link th.tambondesk.common.AppKeys}, the one class here that keeps a table). Nothing here knows a feature or a
 * channel.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package th.tambondesk.common;

import org.jspecify.annotations.NullMarked;
