/**
 * QR codes that bring residents into the chat: for walk-in receipts (link a case to LINE), and from the posters
 * issue on, tracked short links and printable posters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases"})
package th.tambondesk.qr;
