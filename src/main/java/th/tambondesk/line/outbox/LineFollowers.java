package th.tambondesk.line.outbox;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who follows the account. A user who blocked it gets no more pushes. */
@Repository
public class LineFollowers {

    private final JdbcTemplate jdbc;

    LineFollowers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String userId, boolean following, Instant at) {
        int updated = following
                ? jdbc.update("update line_follower set following = true, followed_at = ?, left_at = null where user_id = ?",
                        Timestamp.from(at), userId)
                : jdbc.update("update line_follower set following = false, left_at = ? where user_id = ?",
                        Timestamp.from(at), userId);
        if (updated == 0) {
            jdbc.update("insert into line_follower (user_id, following, followed_at, left_at) values (?, ?, ?, ?)",
                    userId, following, following ? Timestamp.from(at) : null, following ? null : Timestamp.from(at));
        }
    }

    /** False only for users known to have blocked the account; users never seen are reachable. */
    boolean reachable(String userId) {
        Boolean following = jdbc.query("select following from line_follower where user_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, userId);
        return following == null || following;
    }
}
