package th.tambondesk.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param formTimeout a form nobody answers for this long ends, with a gentle note when the resident returns
 * @param memory      how long a finished conversation's memory (against double taps) is kept
 */
@ConfigurationProperties("tambondesk.conversation")
record ConversationProperties(@DefaultValue("30m") Duration formTimeout,
                              @DefaultValue("1d") Duration memory) {
}
