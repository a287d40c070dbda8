package th.tambondesk.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases as the statistics read them: plain facts, streamed, never an entity. */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    private final JdbcTemplate jdbc;

    CaseStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every case received in [from, to), one at a time (a month may hold tens of thousands). */
    public void forEachReceived(Instant from, Instant to, Consumer<CaseFact> each) {
        jdbc.query("""
                select service_code, channel, status, created_at, closed_at, due_date, rating, resident_pseudonym,
                       reopened
                  from service_case where created_at >= ? and created_at < ?
                """, rs -> {
            Timestamp closed = rs.getTimestamp("closed_at");
            int rating = rs.getInt("rating");
            Integer rated = rs.wasNull() ? null : rating;
            each.accept(new CaseFact(rs.getString("service_code"), CaseChannel.valueOf(rs.getString("channel")),
                    CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                    closed == null ? null : closed.toInstant(), rs.getDate("due_date").toLocalDate(),
                    rated, rs.getString("resident_pseudonym"), rs.getInt("reopened")));
        }, Timestamp.from(from), Timestamp.from(to));
    }

    /** When the first case was received, if any. */
    public Optional<Instant> firstReceived() {
        Timestamp first = jdbc.queryForObject("select min(created_at) from service_case", Timestamp.class);
        return Optional.ofNullable(first).map(Timestamp::toInstant);
    }
}
