package th.tambondesk.stats;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tambondesk.conversation.ResidentInteracted;

/**
 * Writes each interaction in the transaction that handled it, so the log never counts a message that was rolled
 * back and never misses one that was handled.
 */
@Component
class InteractionLog {

    private final JdbcTemplate jdbc;

    InteractionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentInteracted interaction) {
        jdbc.update("""
                insert into interaction_log (channel, resident, direction, kind, occurred_at)
                values (?, ?, ?, ?, ?)
                """, interaction.channel().name(), interaction.resident(), interaction.direction().name(),
                interaction.kind().name(), Timestamp.from(interaction.at()));
    }
}
