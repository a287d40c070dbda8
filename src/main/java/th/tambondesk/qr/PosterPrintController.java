package th.tambondesk.qr;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.Texts;

/**
 * A poster's QR code as PNG (print resolution) and SVG, and its printable A4 page. Staff only: the inbox's security
 * chain lets ADMIN and STAFF in. Nothing is printed without the public address: the page says what to set instead.
 */
@Controller
class PosterPrintController {

    /** The general poster names this many services; the rest are counted. */
    static final int LISTED_SERVICES = 24;
    static final int DEFAULT_PNG = 1200;
    static final int MIN_PNG = 1000;
    static final int MAX_PNG = 4000;

    private final Posters posters;
    private final Destinations destinations;
    private final Catalog catalog;
    private final Sao sao;
    private final Texts texts;

    PosterPrintController(Posters posters, Destinations destinations, Catalog catalog, Sao sao, Texts texts) {
        this.posters = posters;
        this.destinations = destinations;
        this.catalog = catalog;
        this.sao = sao;
        this.texts = texts;
    }

    @GetMapping(value = "/inbox/posters/{id}/qr.png")
    ResponseEntity<?> png(@PathVariable long id, @RequestParam(defaultValue = "" + DEFAULT_PNG) int size) {
        PosterView poster = posters.get(id).orElseThrow(NotFound::new);
        if (!poster.printable()) {
            return notPrintable(poster);
        }
        int pixels = Math.max(MIN_PNG, Math.min(MAX_PNG, size));
        return download(QrImages.png(poster.printLink(), pixels), MediaType.IMAGE_PNG, poster, "png");
    }

    @GetMapping(value = "/inbox/posters/{id}/qr.svg")
    ResponseEntity<?> svg(@PathVariable long id) {
        PosterView poster = posters.get(id).orElseThrow(NotFound::new);
        if (!poster.printable()) {
            return notPrintable(poster);
        }
        return download(QrImages.svg(poster.printLink()), MediaType.valueOf("image/svg+xml"), poster, "svg");
    }

    @GetMapping("/inbox/posters/{id}/print")
    String print(@PathVariable long id, Model model) {
        PosterView poster = posters.get(id).orElseThrow(NotFound::new);
        model.addAttribute("poster", poster);
        model.addAttribute("sao", sao.profile());
        if (!poster.printable()) {
            return "qr/poster";
        }
        ServiceView service = poster.serviceCode() == null ? null
                : posters.activeService(poster.serviceCode()).orElse(null);
        model.addAttribute("service", service);
        model.addAttribute("qrSvg", QrImages.svg(poster.printLink()));
        model.addAttribute("lineId", destinations.lineId().orElse(null));
        model.addAttribute("webChat", destinations.webChatLink().orElse(null));
        if (poster.target() == PosterTarget.FRIEND) {
            List<ServiceView> all = catalog.allServices();
            model.addAttribute("services", all.subList(0, Math.min(all.size(), LISTED_SERVICES)));
            model.addAttribute("moreServices", Math.max(0, all.size() - LISTED_SERVICES));
        }
        return "qr/poster";
    }

    /** No image of a code that would lead nowhere: the reason, in Thai. */
    private ResponseEntity<String> notPrintable(PosterView poster) {
        String reasons = String.join("\n", poster.problems().stream()
                .map(p -> texts.get("qr.problem." + p.name())).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(reasons);
    }

    private static ResponseEntity<?> download(Object body, MediaType type, PosterView poster, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qr-" + poster.code() + "." + extension).build().toString())
                .body(body);
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
    }
}
