package th.tambondesk.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.StaffCaseView;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.Sao;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.qr.ReceiptQr;

/** Reprints the receipt of a case of the viewer's division, while its link code is still unused. */
@Controller
class ReceiptController {

    private final CaseHandling handling;
    private final Cases cases;
    private final Catalog catalog;
    private final Sao sao;
    private final ReceiptQr receiptQr;

    ReceiptController(CaseHandling handling, Cases cases, Catalog catalog, Sao sao, ReceiptQr receiptQr) {
        this.handling = handling;
        this.cases = cases;
        this.catalog = catalog;
        this.sao = sao;
        this.receiptQr = receiptQr;
    }

    @GetMapping("/inbox/cases/{id}/receipt")
    String receipt(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
        // Another division's case, or none: 404 (InboxAdvice), before anything of it is read.
        StaffCaseView c = handling.detail(id, Viewers.of(staff));
        String linkCode = cases.linkCode(c.trackingCode()).orElse(null);
        model.addAttribute("receipt", new WalkInController.Receipt(c.trackingCode(), c.serviceName(),
                catalog.division(c.divisionCode()).map(d -> d.name()).orElse(c.divisionCode()),
                ThaiDates.shortDateTime(c.createdAt()), ThaiDates.longDate(c.dueDate()), linkCode));
        model.addAttribute("lineReady", sao.profile().lineId().isPresent());
        model.addAttribute("qr", receiptQr.dataUri(linkCode).orElse(null));
        return "inbox/receipt";
    }
}
