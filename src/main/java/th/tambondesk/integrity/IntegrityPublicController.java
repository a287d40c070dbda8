package th.tambondesk.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.SaltedHash;
import th.tambondesk.common.ThaiDates;

/**
 * The public pages of the integrity channel: follow a report with its receipt code (no login, no identity), add
 * information, and the O24 counts. The client's address is used only, hashed and in memory, to slow down guessing.
 */
@Controller
class IntegrityPublicController {

    static final String FOLLOW = "integrity/follow";
    static final String STATISTICS = "integrity/statistics";
    private static final int MAX_TEXT = 3000;

    /** Changes at every start: the in-memory throttle keys cannot be matched to an address afterwards. */
    private final SaltedHash salted = new SaltedHash();
    private final IntegrityReports reports;
    private final IntegrityStatistics statistics;
    private final Clock clock;

    IntegrityPublicController(IntegrityReports reports, IntegrityStatistics statistics, Clock clock) {
        this.reports = reports;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/integrity")
    String page() {
        return FOLLOW;
    }

    @PostMapping("/integrity/follow")
    String follow(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        try {
            Optional<FollowUp> report = reports.follow(code.length() > 40 ? code.substring(0, 40) : code,
                    salted.of(request.getRemoteAddr(), 12));
            if (report.isEmpty()) {
                model.addAttribute("error", "integrity.page.unknown");
            } else {
                show(report.get(), model);
            }
        } catch (TooManyAttempts e) {
            model.addAttribute("error", "integrity.page.too-many");
            model.addAttribute("minutes", Math.max(1, e.waitFor().toMinutes() + 1));
        }
        return FOLLOW;
    }

    @PostMapping("/integrity/add")
    String add(@RequestParam(defaultValue = "") String handle, @RequestParam(defaultValue = "") String text,
               Model model) {
        String clean = text.strip();
        if (clean.length() > MAX_TEXT) {
            clean = clean.substring(0, MAX_TEXT);
        }
        Addition added = clean.isEmpty() ? null : reports.addInformation(handle, clean);
        if (added == Addition.EXPIRED) {
            model.addAttribute("error", "integrity.page.expired");
            return FOLLOW;
        }
        if (added == Addition.FULL) {
            model.addAttribute("error", "integrity.page.full");
        }
        reports.follow(handle).ifPresent(report -> show(report, model));
        model.addAttribute("notice", added == Addition.ADDED ? "integrity.page.added" : null);
        return FOLLOW;
    }

    @GetMapping("/integrity/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        FiscalYear fiscalYear = year == null || year < 2500 || year > 2700
                ? FiscalYear.of(LocalDate.now(clock.withZone(ThaiDates.ZONE))) : new FiscalYear(year);
        O24Table table = statistics.o24(fiscalYear);
        model.addAttribute("table", table);
        model.addAttribute("months", table.months().stream().map(m -> ThaiDates.shortMonth(m.getMonthValue())).toList());
        java.util.List<Row> categories = new java.util.ArrayList<>();
        table.byCategory().forEach((category, counts) -> categories.add(new Row(category.messageKey(), counts)));
        java.util.List<Row> statuses = new java.util.ArrayList<>();
        table.byStatus().forEach((status, counts) -> statuses.add(new Row(status.messageKey(), counts)));
        model.addAttribute("categories", categories);
        model.addAttribute("statuses", statuses);
        model.addAttribute("perMonth", new Row("", table.perMonth()));
        return STATISTICS;
    }

    /** A row of the O24 table: its label's message key, the count of each month and the total. */
    record Row(String label, java.util.List<Integer> counts, int total) {
        Row(String label, int[] counts) {
            this(label, java.util.Arrays.stream(counts).boxed().toList(), java.util.Arrays.stream(counts).sum());
        }
    }

    /** A message for the reporter, with its time as Thai people read it. */
    record MessageView(boolean fromAuditor, String text, String at) {
    }

    private static void show(FollowUp report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("submitted", ThaiDates.monthYear(report.submitted()));
        model.addAttribute("messages", report.messages().stream()
                .map(m -> new MessageView(m.fromAuditor(), m.text(), ThaiDates.shortDateTime(m.at())))
                .toList());
        model.addAttribute("auditorWrote", report.messages().stream().anyMatch(FollowUp.Message::fromAuditor));
    }
}
