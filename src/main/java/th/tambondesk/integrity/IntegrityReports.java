package th.tambondesk.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.ThaiDates;

/**
 * The reporter's side of the integrity channel: write a draft, send it for a receipt code, follow it with the code
 * and add information. Nothing here takes or stores who the reporter is, unless they choose to give a name, and
 * then only sealed inside the report.
 */
@Service
public class IntegrityReports {

    private static final Logger log = LoggerFactory.getLogger(IntegrityReports.class);
    static final String CATEGORY = "category";

    /**
     * What a reporter may add to a sent report, so that nobody with a receipt code can fill the database: 50
     * additions (words or photos) and 20 photos in all, those sent with the report included.
     */
    public static final int MAX_ADDED_ENTRIES = 50;
    public static final int MAX_EVIDENCE = 20;

    private final JdbcTemplate jdbc;
    private final Sealer sealer;
    private final ReceiptThrottle throttle;
    private final FollowHandles handles;
    private final IntegrityProperties properties;
    private final Clock clock;

    IntegrityReports(JdbcTemplate jdbc, Sealer sealer, ReceiptThrottle throttle, FollowHandles handles,
                     IntegrityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.throttle = throttle;
        this.handles = handles;
        this.properties = properties;
        this.clock = clock;
    }

    // --- drafts -------------------------------------------------------------------------------------------------

    @Transactional
    public DraftId startDraft() {
        DraftId id = new DraftId(UUID.randomUUID());
        jdbc.update("insert into integrity_draft (id, content, updated_at) values (?, ?, ?)", id.toString(),
                SealedJson.seal(sealer, Map.of(), "draft", id), Timestamp.from(clock.instant()));
        return id;
    }

    @Transactional
    public void setCategory(DraftId draft, IntegrityCategory category) {
        update(draft, values -> values.put(CATEGORY, category.name()));
    }

    @Transactional
    public void setField(DraftId draft, ReportField field, String value) {
        update(draft, values -> {
            if (value == null || value.isBlank()) {
                values.remove(field.name());
            } else {
                values.put(field.name(), value.strip());
            }
        });
    }

    /** Adds an evidence photo; false when the draft already has as many as allowed. */
    @Transactional
    public boolean addEvidence(DraftId draft, byte[] bytes, String contentType) {
        Integer count = jdbc.queryForObject("select count(*) from integrity_evidence where draft_id = ?", Integer.class,
                draft.toString());
        if (count != null && count >= properties.maxEvidence()) {
            return false;
        }
        jdbc.update("insert into integrity_evidence (draft_id, content) values (?, ?)", draft.toString(),
                sealEvidence(bytes, contentType, draft));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<DraftView> draft(DraftId draft) {
        Optional<Map<String, String>> values = values(draft);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Map<ReportField, String> fields = new EnumMap<>(ReportField.class);
        values.get().forEach((k, v) -> {
            if (!CATEGORY.equals(k)) {
                fields.put(ReportField.valueOf(k), v);
            }
        });
        String category = values.get().get(CATEGORY);
        Integer evidence = jdbc.queryForObject("select count(*) from integrity_evidence where draft_id = ?",
                Integer.class, draft.toString());
        return Optional.of(new DraftView(category == null ? null : IntegrityCategory.valueOf(category), fields,
                evidence == null ? 0 : evidence));
    }

    /**
     * Sends the draft. An anonymous report keeps no name or phone even if the draft had them. The draft is deleted;
     * the receipt code exists only in the answer (the database keeps a keyed hash of it).
     */
    @Transactional
    public Receipt submit(DraftId draft, boolean anonymous) {
        Map<String, String> values = values(draft).orElseThrow(() -> new IllegalStateException("no such draft"));
        String category = values.remove(CATEGORY);
        if (category == null || values.get(ReportField.WHAT.name()) == null) {
            throw new IllegalStateException("a report needs a category and what happened");
        }
        if (anonymous) {
            values.remove(ReportField.NAME.name());
            values.remove(ReportField.PHONE.name());
        }
        Instant now = clock.instant();
        values.put("submittedAt", now.toString());
        String code = ReceiptCodes.generate();
        // Inserted empty, then sealed bound to its id, which only the insert makes.
        jdbc.update("""
                insert into integrity_report (receipt_hash, category, status, submitted_month, anonymous, content)
                values (?, ?, 'RECEIVED', ?, ?, ?)
                """, sealer.lookupHash(code), category, YearMonth.from(now.atZone(ThaiDates.ZONE)).toString(), anonymous,
                new byte[0]);
        long id = jdbc.queryForObject("select id from integrity_report where receipt_hash = ?", Long.class,
                sealer.lookupHash(code));
        jdbc.update("update integrity_report set content = ? where id = ?", SealedJson.seal(sealer, values, "report", id),
                id);
        // The draft's photos move to the report, sealed again to be bound to it.
        List<Map<String, Object>> photos = jdbc.queryForList("select id, content from integrity_evidence where draft_id = ?",
                draft.toString());
        for (Map<String, Object> photo : photos) {
            jdbc.update("update integrity_evidence set report_id = ?, draft_id = null, content = ? where id = ?", id,
                    sealer.seal(sealer.open(Columns.bytes(photo, "content"), "evidence", draft), "evidence", id),
                    photo.get("id"));
        }
        jdbc.update("delete from integrity_draft where id = ?", draft.toString());
        return new Receipt(ReceiptCodes.display(code));
    }

    @Transactional
    public void discard(DraftId draft) {
        jdbc.update("delete from integrity_evidence where draft_id = ?", draft.toString());
        jdbc.update("delete from integrity_draft where id = ?", draft.toString());
    }

    // --- following a report -------------------------------------------------------------------------------------

    /** Whether a text is shaped like a receipt code. */
    public static boolean looksLikeReceiptCode(String text) {
        return ReceiptCodes.looksLike(text);
    }

    /**
     * The report of a receipt code, for its reporter. {@code source} identifies who asks only to slow down guessing
     * (a hash, kept in memory); it is never stored.
     *
     * @throws TooManyAttempts when this source (or everyone) tried too many wrong codes lately; deliberately not
     *                          transactional, so the refusal does not roll back the caller's transaction
     */
    public Optional<FollowUp> follow(String code, String source) {
        Duration wait = throttle.waitFor(source);
        if (!wait.isZero() && !wait.isNegative()) {
            throw new TooManyAttempts(wait);
        }
        String normalized = ReceiptCodes.normalize(code);
        Optional<Long> id = normalized == null ? Optional.empty()
                : jdbc.query("select id from integrity_report where receipt_hash = ?",
                        rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(),
                        sealer.lookupHash(normalized));
        if (id.isEmpty()) {
            throttle.failed(source);
            return Optional.empty();
        }
        throttle.succeeded(source);
        return Optional.of(followUp(id.get()));
    }

    /** The same report again, through the handle of an earlier {@link #follow}. */
    @Transactional(readOnly = true)
    public Optional<FollowUp> follow(String handle) {
        return handles.reportOf(handle).map(this::followUp);
    }

    /** Adds the reporter's words to the report of a follow-up handle. */
    @Transactional
    public Addition addInformation(String handle, String text) {
        Optional<Long> report = handles.reportOf(handle);
        if (report.isEmpty() || text == null || text.isBlank()) {
            return Addition.EXPIRED;
        }
        if (reporterEntries(report.get()) >= MAX_ADDED_ENTRIES) {
            return Addition.FULL;
        }
        addEntry(report.get(), "REPORTER", text.strip());
        return Addition.ADDED;
    }

    /** Adds an evidence photo to the report of a follow-up handle. */
    @Transactional
    public Addition addEvidence(String handle, byte[] bytes, String contentType) {
        Optional<Long> report = handles.reportOf(handle);
        if (report.isEmpty()) {
            return Addition.EXPIRED;
        }
        Integer photos = jdbc.queryForObject("select count(*) from integrity_evidence where report_id = ?",
                Integer.class, report.get());
        if (reporterEntries(report.get()) >= MAX_ADDED_ENTRIES || photos != null && photos >= MAX_EVIDENCE) {
            return Addition.FULL;
        }
        jdbc.update("insert into integrity_evidence (report_id, content) values (?, ?)", report.get(),
                sealEvidence(bytes, contentType, report.get()));
        addEntry(report.get(), "REPORTER", "📎");
        return Addition.ADDED;
    }

    private int reporterEntries(long reportId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from integrity_entry where report_id = ? and author = 'REPORTER'", Integer.class,
                reportId);
        return count == null ? 0 : count;
    }

    // --- housekeeping -------------------------------------------------------------------------------------------

    /** Deletes drafts abandoned for a day, and reports closed longer ago than the retention. */
    @Scheduled(cron = "${tambondesk.integrity.purge-cron:0 43 3 * * *}", zone = "Asia/Bangkok")
    @Transactional
    public void purge() {
        Instant now = clock.instant();
        List<String> drafts = jdbc.queryForList("select id from integrity_draft where updated_at < ?", String.class,
                Timestamp.from(now.minus(Duration.ofDays(1))));
        drafts.forEach(id -> discard(DraftId.parse(id)));
        java.time.LocalDate before = ThaiDates.toDate(now.minus(properties.retention()));
        int reports = jdbc.update("delete from integrity_report where status = 'FINISHED' and closed_on < ?",
                java.sql.Date.valueOf(before));
        if (reports > 0 || !drafts.isEmpty()) {
            log.info("Integrity purge: {} abandoned drafts, {} reports closed before {}", drafts.size(), reports, before);
        }
    }

    // --- internals ----------------------------------------------------------------------------------------------

    void addEntry(long reportId, String author, String text) {
        Map<String, String> entry = new HashMap<>();
        entry.put("text", text);
        entry.put("at", clock.instant().toString());
        jdbc.update("insert into integrity_entry (report_id, author, content, sealed_version) values (?, ?, ?, ?)",
                reportId, author, SealedJson.seal(sealer, entry, "entry", entryOwner(reportId, author)),
                Resealing.ENTRY_VERSION);
    }

    private FollowUp followUp(long id) {
        Map<String, Object> row = jdbc.queryForMap(
                "select category, status, submitted_month from integrity_report where id = ?", id);
        List<FollowUp.Message> messages = new ArrayList<>();
        jdbc.query("select author, content from integrity_entry where report_id = ? order by id", rs -> {
            Map<String, String> entry = SealedJson.open(sealer, rs.getBytes("content"), "entry",
                    entryOwner(id, rs.getString("author")));
            messages.add(new FollowUp.Message("AUDITOR".equals(rs.getString("author")), entry.getOrDefault("text", ""),
                    Instant.parse(entry.get("at"))));
        }, id);
        return new FollowUp(handles.issue(id), IntegrityCategory.valueOf(Columns.text(row, "category")),
                IntegrityStatus.valueOf(Columns.text(row, "status")),
                YearMonth.parse(Columns.text(row, "submitted_month")), messages);
    }

    private Optional<Map<String, String>> values(DraftId draft) {
        return jdbc.query("select content from integrity_draft where id = ?",
                rs -> rs.next() ? Optional.of(new HashMap<>(SealedJson.open(sealer, rs.getBytes(1), "draft", draft)))
                        : Optional.<Map<String, String>>empty(), draft.toString());
    }

    private void update(DraftId draft, java.util.function.Consumer<Map<String, String>> change) {
        Map<String, String> values = values(draft).orElseThrow(() -> new IllegalStateException("no such draft"));
        change.accept(values);
        jdbc.update("update integrity_draft set content = ?, updated_at = ? where id = ?",
                SealedJson.seal(sealer, values, "draft", draft), Timestamp.from(clock.instant()), draft.toString());
    }

    /**
     * What an entry is bound to: its report and who wrote it, so that neither moving it to another report nor
     * turning the reporter's words into the auditor's (a plain column) goes unnoticed.
     */
    static String entryOwner(long reportId, String author) {
        return reportId + "/" + author;
    }

    /** Evidence is sealed with its content type inside: [length][type][bytes], bound to its draft or report. */
    private byte[] sealEvidence(byte[] bytes, String contentType, Object owner) {
        byte[] type = contentType.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer plain = ByteBuffer.allocate(1 + type.length + bytes.length);
        plain.put((byte) type.length).put(type).put(bytes);
        return sealer.seal(plain.array(), "evidence", owner);
    }

    static EvidenceFile openEvidence(Sealer sealer, byte[] sealed, long reportId) {
        byte[] plain = sealer.open(sealed, "evidence", reportId);
        int typeLength = plain[0];
        String type = new String(plain, 1, typeLength, StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOfRange(plain, 1 + typeLength, plain.length);
        return new EvidenceFile(type, bytes);
    }
}
