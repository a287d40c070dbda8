package th.tambondesk.integrity;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to staff accounts that could open a way to the reports: roles, divisions, disabling and password resets
 * go into the auditors' chained access log, in the transaction of the change, so that an administrator cannot make
 * one and then hide it. The auditor sees them on the reports page ({@link IntegrityAudit#accountChanges}).
 */
@Service
public class AccountAudit {

    /** What happened to an account; stored in the log as "ACCOUNT &lt;KIND&gt; &lt;username&gt; [from] [to]". */
    public enum Change {
        CREATED, ROLE, DIVISION, DISABLED, ENABLED, PASSWORD
    }

    private final AccessLog accessLog;

    AccountAudit(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /**
     * Records a change of {@code username}'s account by {@code by} (an admin's username, or "server" for the
     * environment). {@code from} and {@code to} are role names or division codes; null where they do not apply.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String by, Change change, String username, @Nullable String from, @Nullable String to) {
        StringBuilder action = new StringBuilder("ACCOUNT ").append(change.name()).append(' ').append(word(username));
        if (from != null || to != null) {
            action.append(' ').append(word(from)).append(' ').append(word(to));
        }
        accessLog.append(null, by, action.toString());
    }

    /** Usernames, roles and division codes have no spaces; an empty value is "-". */
    private static String word(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value.strip().replace(' ', '_');
    }
}
