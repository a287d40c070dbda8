package th.tambondesk.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.QuotaType;

import th.tambondesk.conversation.MessagingQuota;
import th.tambondesk.line.channel.LineChannelCondition;

/** LINE's monthly message quota and this month's use, read at most every five minutes. */
@Component
@Conditional(LineChannelCondition.class)
class LineMessageQuota implements MessagingQuota {

    private static final Logger log = LoggerFactory.getLogger(LineMessageQuota.class);
    private static final Duration FRESH = Duration.ofMinutes(5);

    private final MessagingApiClient api;
    private final Clock clock;
    private volatile @Nullable Usage cached;
    private volatile Instant readAt = Instant.EPOCH;

    LineMessageQuota(MessagingApiClient api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public Optional<Usage> thisMonth() {
        Instant now = clock.instant();
        if (cached != null && readAt.plus(FRESH).isAfter(now)) {
            return Optional.of(cached);
        }
        try {
            MessageQuotaResponse quota = api.getMessageQuota().get(5, TimeUnit.SECONDS).body();
            long used = api.getMessageQuotaConsumption().get(5, TimeUnit.SECONDS).body().totalUsage();
            cached = new Usage(quota.type() == QuotaType.LIMITED ? quota.value() : null, used);
            readAt = now;
            return Optional.of(cached);
        } catch (Exception e) {
            log.info("LINE message quota could not be read: {}", e.toString());
            return Optional.ofNullable(cached);
        }
    }
}
