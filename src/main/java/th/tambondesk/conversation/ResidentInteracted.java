package th.tambondesk.conversation;

import java.time.Instant;

/**
 * Published for every inbound message or event and every answer, inside the transaction that handles it,
 * so the service statistics (ITA O12) count exactly what happened.
 *
 * @param resident a pseudonym of the resident (never the LINE id or session key), or {@code null} when the
 *                 resident asked to stay anonymous
 */
public record ResidentInteracted(Channel channel, String resident, Direction direction, InteractionKind kind,
                                 Instant at) {

    public enum Direction {
        IN,
        OUT
    }
}
