package th.tambondesk.inbox;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseFilter;
import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.CaseRow;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.StaffCaseView;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.DivisionView;
import th.tambondesk.common.ImageType;
import th.tambondesk.conversation.MessagingQuota;

/** The case inbox: the list with its filters, one case with everything staff do to it. */
@Controller
class CaseInboxController {

    private final CaseHandling cases;
    private final Catalog catalog;
    private final CannedReplies canned;
    private final StaffUsers users;
    private final ObjectProvider<MessagingQuota> quota;

    CaseInboxController(CaseHandling cases, Catalog catalog, CannedReplies canned, StaffUsers users,
                        ObjectProvider<MessagingQuota> quota) {
        this.cases = cases;
        this.catalog = catalog;
        this.canned = canned;
        this.users = users;
        this.quota = quota;
    }

    @GetMapping("/inbox/cases")
    String list(@AuthenticationPrincipal StaffPrincipal staff,
                @RequestParam(defaultValue = "ALL") CaseFilter.View view,
                @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) String service,
                @RequestParam(required = false) CaseChannel channel,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        CaseFilter filter = new CaseFilter(view, status, service, channel, from, to, q);
        Page<CaseRow> rows = cases.search(filter, Viewers.of(staff), page);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", cases.countsByStatus(Viewers.of(staff)));
        model.addAttribute("views", CaseFilter.View.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("channels", CaseChannel.values());
        model.addAttribute("services", catalog.allServices());
        model.addAttribute("divisions", divisionNames());
        model.addAttribute("quota", quota.getIfAvailable() == null ? null : quota.getObject().thisMonth().orElse(null));
        return "inbox/cases/list";
    }

    @GetMapping("/inbox/cases/{id}")
    String detail(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
        StaffCaseView view = cases.detail(id, Viewers.of(staff));
        model.addAttribute("c", view);
        model.addAttribute("divisions", catalog.divisions());
        model.addAttribute("divisionNames", divisionNames());
        model.addAttribute("staffOfDivision", users.findAllByOrderByUsername().stream()
                .filter(u -> u.active() && u.role() == Role.STAFF && view.divisionCode().equals(u.divisionCode()))
                .map(u -> Map.of("username", u.username(), "name", u.displayName()))
                .toList());
        model.addAttribute("next", nextStatuses(view.status()));
        model.addAttribute("canned", canned.findAllByOrderByPositionAscIdAsc().stream().map(CannedReply::view).toList());
        model.addAttribute("quota", quota.getIfAvailable() == null ? null : quota.getObject().thisMonth().orElse(null));
        return "inbox/cases/detail";
    }

    @GetMapping("/inbox/cases/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                                 @PathVariable long photoId) {
        return cases.photo(id, photoId, Viewers.of(staff))
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(photo.bytes()))
                .orElseThrow(NotFound::new);
    }

    @PostMapping("/inbox/cases/{id}/status")
    String status(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                  @RequestParam CaseStatus status, @RequestParam(defaultValue = "") String note,
                  @RequestParam(required = false) MultipartFile afterPhoto, RedirectAttributes redirect)
            throws IOException {
        if (!status.setByStaff()) {
            redirect.addFlashAttribute("error", "inbox.case.status-not-allowed");
            return back(id);
        }
        if ((status == CaseStatus.REJECTED || status == CaseStatus.FORWARDED) && note.isBlank()) {
            redirect.addFlashAttribute("error", "inbox.case.reason-required");
            return back(id);
        }
        if (afterPhoto != null && !afterPhoto.isEmpty()) {
            byte[] bytes = afterPhoto.getBytes();
            var type = ImageType.detect(bytes);
            if (type.isEmpty()) {
                redirect.addFlashAttribute("error", "inbox.case.not-a-photo");
                return back(id);
            }
            cases.addAfterPhoto(id, bytes, type.get().mediaType(), Viewers.of(staff));
        }
        cases.changeStatus(id, status, limit(note, 1000), Viewers.of(staff));
        redirect.addFlashAttribute("notice", "inbox.case.status-saved");
        return back(id);
    }

    /** Merges this case into another open one: by the other's id (the nearby list) or its tracking code (typed). */
    @PostMapping("/inbox/cases/{id}/merge")
    String merge(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                 @RequestParam(required = false) Long into, @RequestParam(defaultValue = "") String code,
                 RedirectAttributes redirect) {
        Long target = into != null ? into : cases.idOf(code, Viewers.of(staff)).orElse(null);
        if (target == null) {
            redirect.addFlashAttribute("error", "inbox.case.merge-unknown");
            return back(id);
        }
        try {
            cases.merge(id, target, Viewers.of(staff));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "inbox.case.merge-not-possible");
            return back(id);
        }
        redirect.addFlashAttribute("notice", "inbox.case.merged");
        return back(target);
    }

    @PostMapping("/inbox/cases/{id}/reply")
    String reply(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                 @RequestParam(defaultValue = "") String text, @RequestParam(required = false) Long cannedId,
                 RedirectAttributes redirect) {
        String message = text.strip();
        if (message.isEmpty() && cannedId != null) {
            message = canned.findById(cannedId).map(CannedReply::getBody).orElse("");
        }
        if (message.isEmpty()) {
            redirect.addFlashAttribute("error", "inbox.case.reply-empty");
            return back(id);
        }
        cases.reply(id, limit(message, 2000), Viewers.of(staff));
        redirect.addFlashAttribute("notice", "inbox.case.reply-sent");
        return back(id);
    }

    @PostMapping("/inbox/cases/{id}/note")
    String note(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        if (!text.isBlank()) {
            cases.note(id, limit(text, 2000), Viewers.of(staff));
            redirect.addFlashAttribute("notice", "inbox.case.note-saved");
        }
        return back(id);
    }

    @PostMapping("/inbox/cases/{id}/assign")
    String assign(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
                  @RequestParam String division, @RequestParam(defaultValue = "") String assignee,
                  RedirectAttributes redirect) {
        if (catalog.division(division).isEmpty()) {
            redirect.addFlashAttribute("error", "inbox.case.no-division");
            return back(id);
        }
        cases.assign(id, division, assignee, Viewers.of(staff));
        redirect.addFlashAttribute("notice", "inbox.case.assigned");
        if (!Viewers.of(staff).allDivisions() && !division.equals(staff.divisionCode())) {
            return "redirect:/inbox/cases";
        }
        return back(id);
    }

    /** Where a case can go from here: forward along the usual path, or end it with a reason. */
    static List<CaseStatus> nextStatuses(CaseStatus current) {
        return switch (current) {
            case NEW -> List.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.DONE, CaseStatus.REJECTED,
                    CaseStatus.FORWARDED);
            case RECEIVED -> List.of(CaseStatus.IN_PROGRESS, CaseStatus.DONE, CaseStatus.REJECTED, CaseStatus.FORWARDED);
            case IN_PROGRESS -> List.of(CaseStatus.DONE, CaseStatus.REJECTED, CaseStatus.FORWARDED, CaseStatus.RECEIVED);
            case REOPENED -> List.of(CaseStatus.IN_PROGRESS, CaseStatus.DONE, CaseStatus.REJECTED,
                    CaseStatus.FORWARDED);
            case CANCELLED, MERGED -> List.of();
            default -> List.of(CaseStatus.IN_PROGRESS);
        };
    }

    private Map<String, String> divisionNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (DivisionView d : catalog.divisions()) {
            names.put(d.code(), d.name());
        }
        return names;
    }

    private static String back(long id) {
        return "redirect:/inbox/cases/" + id;
    }

    private static String limit(String text, int max) {
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
