package th.tambondesk.line.channel;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when both the channel secret and the channel access token are set. */
public class LineChannelCondition implements Condition {

    static final String SECRET = "line.bot.channel-secret";
    static final String TOKEN = "line.bot.channel-token";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return configured(context.getEnvironment());
    }

    static boolean configured(Environment environment) {
        return hasText(environment.getProperty(SECRET)) && hasText(environment.getProperty(TOKEN));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
