/**
 * The channel-neutral dialogue. Channels ({@code line}, {@code webchat}) turn what a resident sent into an
 * {@link th.tambondesk.conversation.Input}, call {@link th.tambondesk.conversation.Dialogue}, and render the
 * {@link th.tambondesk.conversation.Reply} messages it returns in their own way. Nothing here knows LINE or HTML,
 * so a third channel never touches this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "catalog", "cases", "integrity"})
@NullMarked
package th.tambondesk.conversation;

import org.jspecify.annotations.NullMarked;
