package th.tambondesk.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.integrity.IntegrityCategory;
import th.tambondesk.integrity.IntegrityStatistics;
import th.tambondesk.integrity.IntegrityStatus;
import th.tambondesk.integrity.O24Table;

/**
 * The exports the SAO publishes, laid out like the tables SAOs put on their ITA pages: services (or categories) as
 * rows, the months ต.ค.–ก.ย. as columns, totals. CSV (UTF-8 with BOM) or XLSX.
 */
@Service
public class StatsExports {

    private final ServiceStatistics statistics;
    private final IntegrityStatistics integrity;
    private final ItaItems ita;
    private final Sao sao;
    private final Texts texts;

    StatsExports(ServiceStatistics statistics, IntegrityStatistics integrity, ItaItems ita, Sao sao, Texts texts) {
        this.statistics = statistics;
        this.integrity = integrity;
        this.ita = ita;
        this.sao = sao;
        this.texts = texts;
    }

    /** What can be exported. */
    public enum Kind {
        /** Service statistics: services by month, with results and times. */
        O12,
        /** Cases by channel by month, and the e-service share (E9). */
        CHANNELS,
        /** Corruption and misconduct complaints by category and status, by month. */
        O24
    }

    public byte[] csv(Kind kind, FiscalYear year) {
        return CsvWriter.write(table(kind, year));
    }

    /** O12 comes with the channels as a second sheet. */
    public byte[] xlsx(Kind kind, FiscalYear year) {
        List<Table> sheets = new ArrayList<>();
        sheets.add(table(kind, year));
        if (kind == Kind.O12) {
            sheets.add(table(Kind.CHANNELS, year));
        }
        return XlsxWriter.write(sheets);
    }

    /** The file name, e.g. "O12-2569": the configured item code, safe for any file system. */
    public String fileName(Kind kind, FiscalYear year) {
        String code = switch (kind) {
            case O12 -> ita.serviceStatistics().code();
            case CHANNELS -> ita.eService().code() + "-" + texts.get("stats.file.channels");
            case O24 -> ita.integrityStatistics().code();
        };
        return code.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-" + year.buddhistYear();
    }

    Table table(Kind kind, FiscalYear year) {
        return switch (kind) {
            case O12 -> o12(statistics.report(year));
            case CHANNELS -> channels(statistics.report(year));
            case O24 -> o24(integrity.o24(year));
        };
    }

    private Table o12(StatsReport report) {
        List<String> header = new ArrayList<>(List.of(texts.get("stats.col.no"), texts.get("stats.col.service")));
        header.addAll(monthHeaders(report.months()));
        header.addAll(List.of(texts.get("stats.col.total"), texts.get("stats.col.finished"),
                texts.get("stats.col.in-progress"), texts.get("stats.col.closed-other"), texts.get("stats.col.reopened"),
                texts.get("stats.col.cancelled"), texts.get("stats.col.merged"),
                texts.get("stats.col.average"), texts.get("stats.col.median"), texts.get("stats.col.on-time")));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StatsReport.ServiceRow row : report.services()) {
            rows.add(serviceRow((long) n++, row.name(), row));
        }
        rows.add(serviceRow(null, texts.get("stats.total"), report.total()));
        return new Table(ita.serviceStatistics().code(), titles(ita.serviceStatistics().code() + " "
                + ita.serviceStatistics().title(texts, "ita.service-statistics"), report.year()),
                header, rows, 1, List.of(texts.get("stats.o12.note")));
    }

    private static List<Object> serviceRow(@Nullable Long number, String name, StatsReport.ServiceRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(name);
        cells.addAll(row.received());
        cells.add(row.receivedTotal());
        cells.add(row.finished());
        cells.add(row.inProgress());
        cells.add(row.closedOther());
        cells.add(row.reopened());
        cells.add(row.cancelled());
        cells.add(row.merged());
        cells.add(Table.decimal(row.averageDays()));
        cells.add(Table.decimal(row.medianDays()));
        cells.add(Table.percent(row.onTimeShare()));
        return cells;
    }

    private Table channels(StatsReport report) {
        List<String> header = new ArrayList<>(List.of(texts.get("stats.col.no"), texts.get("stats.col.channel")));
        header.addAll(monthHeaders(report.months()));
        header.add(texts.get("stats.col.total"));
        List<List<Object>> rows = new ArrayList<>();
        long n = 1;
        for (StatsReport.ChannelRow row : report.channels().rows()) {
            List<Object> cells = new ArrayList<>(List.of(n++, texts.get("stats.channel." + row.channel())));
            cells.addAll(row.perMonth());
            cells.add(row.total());
            rows.add(cells);
        }
        List<Object> total = new ArrayList<>();
        total.add(null);
        total.add(texts.get("stats.total"));
        total.addAll(report.channels().total());
        total.add(report.channels().total().stream().mapToLong(Long::longValue).sum());
        rows.add(total);
        List<Object> share = new ArrayList<>();
        share.add(null);
        share.add(texts.get("stats.channel.share"));
        report.channels().share().forEach(s -> share.add(Table.percent(s)));
        share.add(Table.percent(report.channels().yearShare()));
        rows.add(share);
        return new Table(texts.get("stats.sheet.channels"), titles(ita.eService().code() + " "
                + ita.eService().title(texts, "ita.e-service"), report.year()), header, rows, 2,
                List.of(texts.get("stats.channels.note", ita.eServiceQuestion().code())));
    }

    private Table o24(O24Table table) {
        List<String> header = new ArrayList<>(List.of(texts.get("stats.col.no"), texts.get("stats.col.category")));
        header.addAll(monthHeaders(table.months()));
        header.add(texts.get("stats.col.total"));
        List<List<Object>> rows = new ArrayList<>();
        long n = 1;
        for (IntegrityCategory category : IntegrityCategory.values()) {
            rows.add(countRow(n++, texts.get(category.messageKey()), table.of(category)));
        }
        rows.add(countRow(null, texts.get("stats.total"), table.perMonth()));
        for (IntegrityStatus status : IntegrityStatus.values()) {
            rows.add(countRow(null, texts.get(status.messageKey()), table.of(status)));
        }
        return new Table(ita.integrityStatistics().code(), titles(ita.integrityStatistics().code() + " "
                + ita.integrityStatistics().title(texts, "ita.integrity-statistics"), table.year()), header, rows,
                0, List.of(texts.get("stats.o24.note")));
    }

    private static List<Object> countRow(@Nullable Long number, String label, int[] counts) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(label);
        long sum = 0;
        for (int count : counts) {
            cells.add((long) count);
            sum += count;
        }
        cells.add(sum);
        return cells;
    }

    private List<String> titles(String item, FiscalYear year) {
        return List.of(item, sao.profile().name() + " " + year.label());
    }

    /** "ต.ค. 67" … "ก.ย. 68" */
    static List<String> monthHeaders(List<YearMonth> months) {
        return months.stream().map(m -> ThaiDates.shortMonth(m.getMonthValue()) + " "
                + String.format("%02d", (m.getYear() + ThaiDates.BE_OFFSET) % 100)).toList();
    }
}
