package th.tambondesk.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import th.tambondesk.common.FiscalYear;

/**
 * One fiscal year of service statistics (ITA O12, the e-service share for E9), from the monthly rollups. Every
 * list of counts has one entry per month, October first; a month without data is 0.
 *
 * @param refreshedAt when the rollups were last brought up to date, or null before the first time
 */
public record StatsReport(FiscalYear year, List<YearMonth> months, List<ServiceRow> services, ServiceRow total,
                          Channels channels, Usage usage, Satisfaction satisfaction, @Nullable Instant refreshedAt) {

    /**
     * One service's cases received in the year.
     *
     * @param closedOther  refused or forwarded
     * @param reopened     reopened at least once because a resident said it was not fixed
     * @param cancelled    withdrawn by the resident
     * @param merged       merged by staff into an earlier report of the same thing
     * @param averageDays  from receipt to finish, of the finished ones; null when none finished
     * @param medianDays   the same, the median
     * @param onTimeShare  finished by the due date, of the finished ones whose service has a known standard time
     *                     (0-1); null when there are none
     */
    public record ServiceRow(String code, String name, boolean complaint, List<Long> received, long receivedTotal,
                             long finished, long inProgress, long closedOther, long reopened, long cancelled,
                             long merged, @Nullable Double averageDays,
                             @Nullable Double medianDays, @Nullable Double onTimeShare) {
    }

    /**
     * Cases by channel (LINE, WEB, WALK_IN, PHONE) per month, and the e-service share (LINE and WEB of all) that
     * the SAO watches for ITA E9.
     *
     * @param share             per month, null for a month without cases
     * @param yearShare         null without cases
     * @param previousYearShare the year before, to see the trend; null without cases
     */
    public record Channels(List<ChannelRow> rows, List<Long> total, List<Double> share, @Nullable Double yearShare,
                           @Nullable Double previousYearShare) {
    }

    public record ChannelRow(String channel, boolean online, List<Long> perMonth, long total) {
    }

    /**
     * Residents on LINE and the web chat.
     *
     * @param users          distinct residents who wrote in, per month
     * @param usersYear      distinct over the year (not the sum of the months)
     * @param requesters     distinct residents who opened a case online, per month
     * @param newFollowers   LINE follows (new friends and unblocks) per month
     * @param messagesIn     messages and taps residents sent, per month
     */
    public record Usage(List<Long> users, long usersYear, List<Long> requesters, long requestersYear,
                        List<Long> newFollowers, List<Long> unfollows, List<Long> messagesIn) {
    }

    /**
     * @param distribution how many ratings of 1, 2, 3, 4 and 5 stars
     * @param average      null without ratings
     */
    public record Satisfaction(List<Long> distribution, long count, @Nullable Double average) {
    }
}
