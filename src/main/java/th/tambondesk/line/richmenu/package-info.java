/** The rich menu: its definition, image and the command that deploys it to the channel. */
package th.tambondesk.line.richmenu;
