package th.tambondesk.line;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.line.channel.LineChannelCondition;
import th.tambondesk.line.channel.LineProperties;
import th.tambondesk.line.queue.LineEventDispatcher;
import th.tambondesk.line.queue.LineEventStore;
import th.tambondesk.line.queue.LineInstance;

/** The durable queue, set up for LINE: its stored events go to {@link LineEventHandler}. */
@Configuration(proxyBeanMethods = false)
@Conditional(LineChannelCondition.class)
class LineQueueConfiguration {

    @Bean
    LineEventDispatcher lineEventDispatcher(LineEventStore store, LineEventHandler handler,
                                            TransactionTemplate transaction, LineProperties properties, Clock clock) {
        return new LineEventDispatcher(store, handler, transaction, properties.dispatchSettings(), clock,
                LineInstance.ID);
    }
}
