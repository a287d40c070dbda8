package th.tambondesk.inbox;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.integrity.IntegrityAudit;
import th.tambondesk.integrity.IntegrityStatus;
import th.tambondesk.integrity.ReportDetail;
import th.tambondesk.integrity.ReportField;

/**
 * The auditor's integrity section: list, open (decrypted only for display, and logged), answer the reporter, set the
 * status, and read the access log. The page rules and {@link IntegrityAudit} both demand the AUDITOR role.
 */
@Controller
class IntegritySectionController {

    static final int ACCOUNT_CHANGE_DAYS = 30;

    private final IntegrityAudit audit;
    private final Texts texts;

    IntegritySectionController(IntegrityAudit audit, Texts texts) {
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/inbox/integrity")
    String list(Model model) {
        model.addAttribute("reports", audit.list());
        // Role changes, disabled accounts and password resets by admins: the auditor is told here.
        model.addAttribute("accountChanges", audit.accountChanges(ACCOUNT_CHANGE_DAYS).stream()
                .map(e -> new LogView(e.reportId(), e.auditor(), e.describe(texts), ThaiDates.shortDateTime(e.at())))
                .toList());
        model.addAttribute("accountChangeDays", ACCOUNT_CHANGE_DAYS);
        return "inbox/integrity/list";
    }

    @GetMapping("/inbox/integrity/{id}")
    String open(@PathVariable long id, Model model) {
        ReportDetail report = audit.open(id).orElseThrow(NotFound::new);
        model.addAttribute("report", report);
        // The date, not the minute: a time to the minute could be matched with the resident's other rows.
        model.addAttribute("submittedAt", ThaiDates.shortDate(ThaiDates.toDate(report.submittedAt())));
        model.addAttribute("fields", List.of(ReportField.WHO, ReportField.WHAT, ReportField.WHEN, ReportField.WHERE,
                ReportField.NAME, ReportField.PHONE));
        model.addAttribute("entries", report.entries().stream()
                .map(e -> new EntryView(e.author(), e.text(), ThaiDates.shortDate(ThaiDates.toDate(e.at())))).toList());
        model.addAttribute("statuses", IntegrityStatus.values());
        return "inbox/integrity/report";
    }

    record EntryView(String author, String text, String at) {
    }

    @GetMapping("/inbox/integrity/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        return audit.evidence(id, evidenceId)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline")
                        .body(file.bytes()))
                .orElseThrow(NotFound::new);
    }

    @PostMapping("/inbox/integrity/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
        String text = message.strip();
        if (!text.isEmpty()) {
            audit.reply(id, text.length() > 3000 ? text.substring(0, 3000) : text);
            redirect.addFlashAttribute("notice", "inbox.integrity.replied");
        }
        return "redirect:/inbox/integrity/" + id;
    }

    @PostMapping("/inbox/integrity/{id}/status")
    String status(@PathVariable long id, @RequestParam IntegrityStatus status, RedirectAttributes redirect) {
        audit.setStatus(id, status);
        redirect.addFlashAttribute("notice", "inbox.integrity.status-changed");
        return "redirect:/inbox/integrity/" + id;
    }

    @GetMapping("/inbox/integrity/access-log")
    String accessLog(Model model) {
        model.addAttribute("entries", audit.accessLog().stream()
                .map(e -> new LogView(e.reportId(), e.auditor(), e.describe(texts), ThaiDates.shortDateTime(e.at())))
                .toList());
        model.addAttribute("intact", audit.accessLogIntact());
        model.addAttribute("head", audit.accessLogHead());
        return "inbox/integrity/access-log";
    }

    record LogView(Long reportId, String auditor, String action, String at) {
    }
}
