package th.tambondesk.bench.echo;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.spring.boot.core.configuration.LineBotAutoConfiguration;
import com.linecorp.bot.spring.boot.handler.annotation.EventMapping;
import com.linecorp.bot.spring.boot.handler.annotation.LineMessageHandler;
import com.linecorp.bot.spring.boot.handler.configuration.LineBotHandlerConfiguration;
import com.linecorp.bot.spring.boot.webmvc.configuration.LineBotWebMvcConfigurer;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;

/**
 * The webhook benchmark's peer: the echo bot of the LINE SDK's own sample (spring-boot, 8.6.0), as most LINE bots
 * start out. The SDK's {@code /callback} checks the signature, calls the handler in the request thread and replies
 * with what it returns, asynchronously; nothing is stored, so an event is lost if the process dies or LINE's API
 * refuses the reply. Only the auto-configuration such a bot needs, no database. Compiled and run only by
 * bench/webhook.sh, in its own JVM with the same heap as TambonDesk's.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, LineBotAutoConfiguration.class,
        LineBotWebMvcConfigurer.class, LineBotHandlerConfiguration.class})
@Import(EchoBot.Echo.class)
public class EchoBot {

    public static void main(String[] args) {
        // Not TambonDesk's application.properties, which is on the same class path.
        new SpringApplicationBuilder(EchoBot.class).properties("spring.config.name=echo-bot").run(args);
    }

    @LineMessageHandler
    public static class Echo {

        @EventMapping
        public Message onText(MessageEvent event, TextMessageContent text) {
            return new TextMessage(text.text());
        }
    }
}
