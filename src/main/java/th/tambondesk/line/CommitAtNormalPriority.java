package th.tambondesk.line;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a low-priority thread commit at normal priority. The LINE workers run at the lowest priority so that the
 * webhook comes first, but H2 writes every commit under one lock: a worker preempted while holding it made the
 * webhook's own commit, and so LINE's acknowledgement, wait behind it (JFR of the webhook benchmark: the webhook's
 * writer waited on that lock 139 times for 10 to 108 ms in five minutes). Linux lets a thread raise its priority
 * back only with CAP_SYS_NICE (or as root); without it the JVM ignores the call and the commit runs at the low
 * priority as before.
 */
final class CommitAtNormalPriority implements TransactionSynchronization {

    private final int priority;

    private CommitAtNormalPriority(int priority) {
        this.priority = priority;
    }

    /** Within a transaction on a thread below normal priority: commit (and roll back) at normal priority. */
    static void register() {
        int priority = Thread.currentThread().getPriority();
        if (priority < Thread.NORM_PRIORITY && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new CommitAtNormalPriority(priority));
        }
    }

    @Override
    public void beforeCompletion() {
        Thread.currentThread().setPriority(Thread.NORM_PRIORITY);
    }

    @Override
    public void afterCompletion(int status) {
        Thread.currentThread().setPriority(priority);
    }
}
