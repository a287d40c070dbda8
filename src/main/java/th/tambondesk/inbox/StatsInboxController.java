package th.tambondesk.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.tambondesk.common.FiscalYear;
import th.tambondesk.stats.StatsExports;
import th.tambondesk.stats.StatsPages;

/** The statistics for staff (ADMIN and STAFF): the year's report with charts and tables, and the exports. */
@Controller
class StatsInboxController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatsPages pages;
    private final StatsExports exports;

    StatsInboxController(StatsPages pages, StatsExports exports) {
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping("/inbox/stats")
    String stats(@RequestParam(required = false) String year, Model model) {
        FiscalYear fiscalYear = pages.year(year).orElseGet(pages::currentYear);
        model.addAttribute("stats", pages.page(fiscalYear, true));
        return "inbox/stats";
    }

    /** o12.csv, o12.xlsx, channels.csv, channels.xlsx, o24.csv, o24.xlsx */
    @GetMapping("/inbox/stats/{year}/{kind}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String year, @PathVariable String kind, @PathVariable String format) {
        FiscalYear fiscalYear = pages.year(year).orElseThrow(NotFound::new);
        StatsExports.Kind what = switch (kind.toLowerCase(Locale.ROOT)) {
            case "o12" -> StatsExports.Kind.O12;
            case "channels" -> StatsExports.Kind.CHANNELS;
            case "o24" -> StatsExports.Kind.O24;
            default -> throw new NotFound();
        };
        String name = exports.fileName(what, fiscalYear);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> download(exports.csv(what, fiscalYear), CSV, name + ".csv");
            case "xlsx" -> download(exports.xlsx(what, fiscalYear), XLSX, name + ".xlsx");
            default -> throw new NotFound();
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
