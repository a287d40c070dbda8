package th.tambondesk.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.integrity.IntegrityCategory;
import th.tambondesk.integrity.IntegrityStatistics;
import th.tambondesk.integrity.IntegrityStatus;
import th.tambondesk.integrity.O24Table;
import th.tambondesk.qr.Posters;

/** Builds the statistics pages: the staff's report and the public page, which leaves out the posters. */
@Service
public class StatsPages {

    private static final String[] CHANNEL_COLORS = {"#06c755", "#0b6e4f", "#f59e0b", "#64748b"};

    private final ServiceStatistics statistics;
    private final IntegrityStatistics integrity;
    private final Posters posters;
    private final ItaItems ita;
    private final Texts texts;
    private final ObjectMapper json;

    StatsPages(ServiceStatistics statistics, IntegrityStatistics integrity, Posters posters, ItaItems ita, Texts texts,
               ObjectMapper json) {
        this.statistics = statistics;
        this.integrity = integrity;
        this.posters = posters;
        this.ita = ita;
        this.texts = texts;
        this.json = json;
    }

    /** A fiscal year as typed in a link ("2569"), if it is one the statistics can show. */
    public Optional<FiscalYear> year(String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(typed.strip());
        return statistics.years().stream().filter(y -> y.buddhistYear() == year).findFirst();
    }

    public FiscalYear currentYear() {
        return statistics.currentYear();
    }

    public StatsPage page(FiscalYear year, boolean forStaff) {
        StatsReport report = statistics.report(year);
        List<String> months = StatsExports.monthHeaders(report.months());
        O24Table o24 = integrity.o24(year);
        List<StatsPage.CountRow> o24Rows = new ArrayList<>();
        for (IntegrityCategory category : IntegrityCategory.values()) {
            o24Rows.add(row(texts.get(category.messageKey()), o24.of(category), false));
        }
        o24Rows.add(row(texts.get("stats.total"), o24.perMonth(), true));
        for (IntegrityStatus status : IntegrityStatus.values()) {
            o24Rows.add(row(texts.get(status.messageKey()), o24.of(status), false));
        }
        StatsPage.Charts charts = new StatsPage.Charts(channelsChart(report, months), servicesChart(report),
                satisfactionChart(report), usageChart(report, months));
        return new StatsPage(year, statistics.years(), months, report,
                report.refreshedAt() == null ? null : ThaiDates.shortDateTime(report.refreshedAt()), charts,
                o24Rows, o24.total(), forStaff ? posters.scansPerMonth(report.months()) : List.of(), titles());
    }

    private StatsPage.Titles titles() {
        return new StatsPage.Titles(
                ita.serviceStatistics().code() + " " + ita.serviceStatistics().title(texts, "ita.service-statistics"),
                ita.integrityStatistics().code() + " "
                        + ita.integrityStatistics().title(texts, "ita.integrity-statistics"),
                ita.eService().code() + " " + ita.eService().title(texts, "ita.e-service"),
                ita.eServiceQuestion().code() + " " + ita.eServiceQuestion().title(texts, "ita.e-service-question"));
    }

    private static StatsPage.CountRow row(String label, int[] counts, boolean emphasized) {
        List<Long> perMonth = new ArrayList<>();
        long total = 0;
        for (int count : counts) {
            perMonth.add((long) count);
            total += count;
        }
        return new StatsPage.CountRow(label, perMonth, total, emphasized);
    }

    private String channelsChart(StatsReport report, List<String> months) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        int i = 0;
        for (StatsReport.ChannelRow row : report.channels().rows()) {
            datasets.add(Map.of("type", "bar", "label", texts.get("stats.channel." + row.channel()),
                    "data", row.perMonth(), "stack", "cases", "yAxisID", "y",
                    "backgroundColor", CHANNEL_COLORS[i++ % CHANNEL_COLORS.length], "maxBarThickness", 40));
        }
        List<Double> share = report.channels().share().stream()
                .map(s -> s == null ? null : Math.round(s * 1000) / 10.0).toList();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "line");
        line.put("label", texts.get("stats.chart.share"));
        line.put("data", share);
        line.put("yAxisID", "share");
        line.put("borderColor", "#c2410c");
        line.put("backgroundColor", "#c2410c");
        line.put("spanGaps", true);
        line.put("pointRadius", 4);
        datasets.add(line);
        return write(Map.of("type", "bar", "data", Map.of("labels", months, "datasets", datasets),
                "options", Map.of("responsive", true, "maintainAspectRatio", false,
                        "scales", Map.of("x", Map.of("stacked", true),
                                "y", Map.of("stacked", true, "beginAtZero", true, "ticks", Map.of("precision", 0)),
                                "share", Map.of("position", "right", "min", 0, "max", 100,
                                        "grid", Map.of("drawOnChartArea", false))))));
    }

    private String servicesChart(StatsReport report) {
        List<StatsReport.ServiceRow> used = report.services().stream().filter(r -> r.receivedTotal() > 0)
                .sorted((a, b) -> Long.compare(b.receivedTotal(), a.receivedTotal())).limit(15).toList();
        return write(Map.of("type", "bar", "data", Map.of(
                        "labels", used.stream().map(StatsReport.ServiceRow::name).toList(),
                        "datasets", List.of(Map.of("label", texts.get("stats.col.total"),
                                "data", used.stream().map(StatsReport.ServiceRow::receivedTotal).toList(),
                                "backgroundColor", "#0b6e4f", "maxBarThickness", 28))),
                "options", Map.of("indexAxis", "y", "responsive", true, "maintainAspectRatio", false,
                        "plugins", Map.of("legend", Map.of("display", false)),
                        "scales", Map.of("x", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))))));
    }

    private String satisfactionChart(StatsReport report) {
        List<String> labels = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            labels.add(texts.get("stats.satisfaction.stars", stars));
        }
        return write(Map.of("type", "bar", "data", Map.of("labels", labels,
                        "datasets", List.of(Map.of("label", texts.get("stats.satisfaction.count"),
                                "data", report.satisfaction().distribution(), "backgroundColor", "#f59e0b",
                                "maxBarThickness", 40))),
                "options", Map.of("responsive", true, "maintainAspectRatio", false,
                        "plugins", Map.of("legend", Map.of("display", false)),
                        "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))))));
    }

    private String usageChart(StatsReport report, List<String> months) {
        return write(Map.of("type", "line", "data", Map.of("labels", months, "datasets", List.of(
                        Map.of("label", texts.get("stats.usage.users"), "data", report.usage().users(),
                                "borderColor", "#0b6e4f", "backgroundColor", "#0b6e4f"),
                        Map.of("label", texts.get("stats.usage.followers"), "data", report.usage().newFollowers(),
                                "borderColor", "#06c755", "backgroundColor", "#06c755"))),
                "options", Map.of("responsive", true, "maintainAspectRatio", false,
                        "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))))));
    }

    private String write(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
