/**
 * Service statistics (ITA O12, O24, E9). It listens to what the other modules publish and calls nobody.
 * The interaction log holds one row for every inbound message or event and every answer, with a pseudonym of the
 * resident instead of the LINE id or session key.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "conversation"})
package th.tambondesk.stats;
