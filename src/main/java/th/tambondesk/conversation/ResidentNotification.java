package th.tambondesk.conversation;

import java.util.List;

/**
 * A message for a resident that nobody asked for just now (a status change, a staff reply), for their channel to
 * deliver. Published in the transaction that produced it; channels store it in that transaction too.
 *
 * @param id unique and stable: a channel that retries uses it, so the resident gets the message once
 */
public record ResidentNotification(String id, ResidentRef resident, List<Reply> replies) {

    public ResidentNotification {
        replies = List.copyOf(replies);
    }
}
