package th.tambondesk.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.FiscalYear;

/**
 * The public statistics page the SAO website links as ITA evidence: the O12 table, the channels and the O24 counts
 * of a fiscal year. Aggregates only: no personal data, nothing finer than a month. Built at most every five minutes
 * per year, and cacheable by browsers and proxies for as long.
 */
@Controller
class PublicStatsController {

    static final Duration FRESH = Duration.ofMinutes(5);

    private final StatsPages pages;
    private final Sao sao;
    private final Clock clock;
    private final Map<Integer, Built> built = new ConcurrentHashMap<>();

    private record Built(StatsPage page, Instant at) {
    }

    PublicStatsController(StatsPages pages, Sao sao, Clock clock) {
        this.pages = pages;
        this.sao = sao;
        this.clock = clock;
    }

    @GetMapping({"/public/stats", "/public/stats/"})
    String stats(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        FiscalYear fiscalYear = pages.year(year).orElseGet(pages::currentYear);
        Instant now = clock.instant();
        Built page = built.compute(fiscalYear.buddhistYear(), (y, old) ->
                old != null && old.at().plus(FRESH).isAfter(now) ? old : new Built(pages.page(fiscalYear, false), now));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(FRESH).cachePublic().getHeaderValue());
        model.addAttribute("stats", page.page());
        model.addAttribute("sao", sao.profile());
        return "stats/public";
    }
}
