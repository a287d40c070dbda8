package th.tambondesk.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.ThaiDates;

/**
 * The internal auditor's side: the only way to list, open and answer reports. Every method demands the AUDITOR role
 * here, in the module's own API, whoever calls it; admins and staff have no way in. Each opening and each change is
 * written to the access log in the same transaction.
 */
@Service
@PreAuthorize("hasRole('AUDITOR')")
public class IntegrityAudit {

    private final JdbcTemplate jdbc;
    private final Sealer sealer;
    private final AccessLog accessLog;
    private final IntegrityReports reports;
    private final Clock clock;

    IntegrityAudit(JdbcTemplate jdbc, Sealer sealer, AccessLog accessLog, IntegrityReports reports, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.accessLog = accessLog;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public List<ReportSummary> list() {
        accessLog.append(null, auditor(), "LIST");
        return jdbc.query("""
                select r.id, r.category, r.status, r.submitted_month, r.anonymous,
                       (select count(*) from integrity_evidence e where e.report_id = r.id) as evidence
                  from integrity_report r order by r.id desc
                """, (rs, i) -> new ReportSummary(rs.getLong("id"), IntegrityCategory.valueOf(rs.getString("category")),
                IntegrityStatus.valueOf(rs.getString("status")), YearMonth.parse(rs.getString("submitted_month")),
                rs.getBoolean("anonymous"), rs.getInt("evidence")));
    }

    /** Opens (decrypts) a report for display, and logs that it was opened. */
    @Transactional
    public Optional<ReportDetail> open(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select category, status, anonymous, content from integrity_report where id = ?", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        accessLog.append(id, auditor(), "OPEN");
        Map<String, Object> row = rows.get(0);
        Map<String, String> content = SealedJson.open(sealer, Columns.bytes(row, "content"), "report", id);
        Map<ReportField, String> fields = new EnumMap<>(ReportField.class);
        for (ReportField field : ReportField.values()) {
            if (content.get(field.name()) != null) {
                fields.put(field, content.get(field.name()));
            }
        }
        List<ReportDetail.Entry> entries = new ArrayList<>();
        jdbc.query("select author, content from integrity_entry where report_id = ? order by id", rs -> {
            Map<String, String> entry = SealedJson.open(sealer, rs.getBytes("content"), "entry",
                    IntegrityReports.entryOwner(id, rs.getString("author")));
            entries.add(new ReportDetail.Entry(rs.getString("author"), entry.getOrDefault("text", ""),
                    Instant.parse(entry.get("at"))));
        }, id);
        List<Long> evidence = jdbc.queryForList("select id from integrity_evidence where report_id = ? order by id",
                Long.class, id);
        return Optional.of(new ReportDetail(id, IntegrityCategory.valueOf(Columns.text(row, "category")),
                IntegrityStatus.valueOf(Columns.text(row, "status")), Columns.flag(row, "anonymous"),
                Instant.parse(content.get("submittedAt")), fields, entries, evidence));
    }

    @Transactional
    public Optional<EvidenceFile> evidence(long reportId, long evidenceId) {
        List<byte[]> sealed = jdbc.query("select content from integrity_evidence where id = ? and report_id = ?",
                (rs, i) -> rs.getBytes(1), evidenceId, reportId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        accessLog.append(reportId, auditor(), "EVIDENCE " + evidenceId);
        return Optional.of(IntegrityReports.openEvidence(sealer, sealed.get(0), reportId));
    }

    /** A message the reporter sees with their receipt code. */
    @Transactional
    public void reply(long reportId, String message) {
        if (message == null || message.isBlank()) {
            return;
        }
        exists(reportId);
        reports.addEntry(reportId, "AUDITOR", message.strip());
        accessLog.append(reportId, auditor(), "REPLY");
    }

    @Transactional
    public void setStatus(long reportId, IntegrityStatus status) {
        exists(reportId);
        jdbc.update("update integrity_report set status = ?, closed_on = ? where id = ?", status.name(),
                status == IntegrityStatus.FINISHED ? java.sql.Date.valueOf(ThaiDates.toDate(clock.instant())) : null,
                reportId);
        accessLog.append(reportId, auditor(), "STATUS " + status.name());
    }

    @Transactional
    public List<AccessLogEntry> accessLog() {
        accessLog.append(null, auditor(), "ACCESS LOG");
        return accessLog.entries();
    }

    /**
     * The account changes of the last {@code days} days ({@link AccountAudit}), newest first: what the auditor is
     * told on the reports page. Reading them is not logged again; the page's LIST entry covers it.
     */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> accountChanges(int days) {
        return accessLog.entriesSince("ACCOUNT ", clock.instant().minus(java.time.Duration.ofDays(days)));
    }

    /**
     * The log's length and newest hash, for the auditor to note down: a later page with fewer entries, or another
     * hash at that length, shows that rows were cut off the end, which the chain alone cannot show.
     */
    public String accessLogHead() {
        AccessLog.Head head = accessLog.head();
        return head.entries() + " · " + head.hash();
    }

    public boolean accessLogIntact() {
        return accessLog.intact();
    }

    private void exists(long reportId) {
        Integer count = jdbc.queryForObject("select count(*) from integrity_report where id = ?", Integer.class, reportId);
        if (count == null || count == 0) {
            throw new IllegalArgumentException("no report " + reportId);
        }
    }

    private static String auditor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "?" : who.getName();
    }
}
