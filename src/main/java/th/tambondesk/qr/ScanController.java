package th.tambondesk.qr;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.tambondesk.catalog.Sao;

/**
 * The short links that printed QR codes carry: count the scan (poster, time, kind of device; no IP address) and
 * redirect. An unknown or retired code gets a friendly page with the general QR code, never an error. A database
 * that is down loses the count, not the resident.
 */
@Controller
class ScanController {

    private static final Logger log = LoggerFactory.getLogger(ScanController.class);
    /** A receipt's link code: 10 characters, or 8 on receipts printed before 5 Dec 2026. */
    private static final String CODE_CHAR = "[23456789ABCDEFGHJKMNPQRSTVWXYZ]";
    private static final Pattern LINK_CODE = Pattern.compile(CODE_CHAR + "{8}(?:" + CODE_CHAR + "{2})?");

    private final Posters posters;
    private final Destinations destinations;
    private final Sao sao;
    private final RepeatScans repeats;

    ScanController(Posters posters, Destinations destinations, Sao sao, RepeatScans repeats) {
        this.posters = posters;
        this.destinations = destinations;
        this.sao = sao;
        this.repeats = repeats;
    }

    @GetMapping("/q")
    String general(HttpServletRequest request, HttpServletResponse response) {
        try {
            return redirect(response, posters.scanGeneral(device(request, "")));
        } catch (DataAccessException | TransactionException e) {
            log.warn("A scan of the general link was not counted: {}", e.getMessage());
            return redirect(response, destinations.general());
        }
    }

    @GetMapping("/q/{code}")
    String poster(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Posters.Scan scan;
        try {
            scan = posters.scan(code, device(request, code));
        } catch (DataAccessException | TransactionException e) {
            log.warn("A poster scan could not be looked up: {}", e.getMessage());
            return general(model, response, false);
        }
        if (scan.outcome() == Posters.Outcome.FOUND) {
            return redirect(response, scan.destination());
        }
        return general(model, response, scan.outcome() == Posters.Outcome.RETIRED);
    }

    /** A walk-in receipt: the chat with the case's one-time link code typed in. */
    @GetMapping("/q/c/{linkCode}")
    String receipt(@PathVariable String linkCode, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        String code = linkCode.strip().toUpperCase(Locale.ROOT);
        if (!LINK_CODE.matcher(code).matches()) {
            return general(model, response, false);
        }
        try {
            return redirect(response, posters.scanReceipt(code, device(request, "c/" + code)));
        } catch (DataAccessException | TransactionException e) {
            log.warn("A receipt scan was not counted: {}", e.getMessage());
            return redirect(response, destinations.receipt(code));
        }
    }

    private String general(Model model, HttpServletResponse response, boolean retired) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("sao", sao.profile());
        model.addAttribute("retired", retired);
        model.addAttribute("lineId", destinations.lineId().orElse(null));
        model.addAttribute("qrSvg", destinations.generalLink().map(QrImages::svg).orElse(null));
        return "qr/general";
    }

    private static String redirect(HttpServletResponse response, String destination) {
        // Every scan must reach the server to be counted: no cached redirect.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "redirect:" + destination;
    }

    /** The scanning device; a repeat of the same client's scan of {@code what} is answered but not counted. */
    private Devices.Device device(HttpServletRequest request, String what) {
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        Devices.Device device = Devices.of(userAgent, request.getMethod());
        if (device.counted() && !repeats.countable(request.getRemoteAddr(), String.valueOf(userAgent),
                what.toUpperCase(Locale.ROOT))) {
            return device.asRepeat();
        }
        return device;
    }
}
