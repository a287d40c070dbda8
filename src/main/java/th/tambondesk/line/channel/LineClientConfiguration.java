package th.tambondesk.line.channel;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.linecorp.bot.client.base.channel.FixedChannelTokenSupplier;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;

/**
 * The LINE SDK clients, created only when the channel is configured. The SDK's own auto-configuration is
 * excluded (it would refuse to start without a token); its {@link LineBotProperties} are bound here instead, so
 * {@code line.bot.*} keeps its documented meaning.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LineChannelCondition.class)
@EnableConfigurationProperties(LineBotProperties.class)
class LineClientConfiguration {

    @Bean
    MessagingApiClient messagingApiClient(LineBotProperties bot, LineProperties line) {
        return MessagingApiClient.builder(FixedChannelTokenSupplier.of(bot.channelToken()))
                .apiEndPoint(bot.apiEndPoint())
                .maxRequests(Math.max(64, line.maxRequestsPerHost()))
                .maxRequestsPerHost(line.maxRequestsPerHost())
                .connectTimeout(line.apiTimeout())
                .readTimeout(line.apiTimeout())
                .writeTimeout(line.apiTimeout())
                .build();
    }

    @Bean
    MessagingApiBlobClient messagingApiBlobClient(LineBotProperties bot, LineProperties line) {
        return MessagingApiBlobClient.builder(FixedChannelTokenSupplier.of(bot.channelToken()))
                .apiEndPoint(bot.blobEndPoint())
                .connectTimeout(line.apiTimeout())
                .readTimeout(line.apiTimeout())
                .writeTimeout(line.apiTimeout())
                .build();
    }

    @Bean
    LineSignatureValidator lineSignatureValidator(LineBotProperties bot) {
        return new LineSignatureValidator(bot.channelSecret().getBytes(StandardCharsets.US_ASCII));
    }
}
