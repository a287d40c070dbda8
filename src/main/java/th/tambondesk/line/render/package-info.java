/** The conversation's channel-neutral replies as LINE messages, within LINE's limits. */
package th.tambondesk.line.render;
