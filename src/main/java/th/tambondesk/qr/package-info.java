/**
 * QR codes that bring residents into the chat: named posters with their own short links (/q/...) that count scans
 * and redirect, printable A4 posters, and the walk-in receipt's code that links a case to LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases"})
@NullMarked
package th.tambondesk.qr;

import org.jspecify.annotations.NullMarked;
