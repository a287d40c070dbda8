/**
 * Small shared value types and helpers that every module may use: Thai text lookup, Thai dates.
 * Nothing here knows a feature, a table or a channel.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package th.tambondesk.common;
