package th.tambondesk.inbox;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.common.PublicUrl;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.qr.InvalidPoster;
import th.tambondesk.qr.PosterTarget;
import th.tambondesk.qr.PosterView;
import th.tambondesk.qr.Posters;

/**
 * Posters: staff name one for each place ("บอร์ดหน้าสำนักงาน", "ศาลาหมู่ 3"), print it, and see which brings people.
 * ADMIN and STAFF (the inbox's security chain).
 */
@Controller
class PosterInboxController {

    private final Posters posters;
    private final Catalog catalog;
    private final PublicUrl publicUrl;

    PosterInboxController(Posters posters, Catalog catalog, PublicUrl publicUrl) {
        this.posters = posters;
        this.catalog = catalog;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/inbox/posters")
    String list(Model model) {
        model.addAttribute("posters", posters.list());
        model.addAttribute("targets", PosterTarget.values());
        model.addAttribute("byCategory", catalog.servicesByCategoryName());
        model.addAttribute("publicUrlMissing", publicUrl.base().isEmpty());
        return "inbox/posters/list";
    }

    @PostMapping("/inbox/posters")
    String create(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String target,
                  @RequestParam(required = false) @Nullable String service, RedirectAttributes redirect) {
        try {
            PosterView poster = posters.create(name, target(target), service, staff.getUsername());
            redirect.addFlashAttribute("notice", "qr.created");
            return "redirect:/inbox/posters/" + poster.id();
        } catch (InvalidPoster e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("typedName", name.length() > 100 ? name.substring(0, 100) : name);
            return "redirect:/inbox/posters";
        }
    }

    @GetMapping("/inbox/posters/{id}")
    String detail(@PathVariable long id, Model model) {
        PosterView poster = posters.get(id).orElseThrow(NotFound::new);
        model.addAttribute("poster", poster);
        model.addAttribute("stats", posters.stats(id));
        model.addAttribute("created", ThaiDates.shortDateTime(poster.createdAt()));
        model.addAttribute("lastScan", poster.lastScan() == null ? null : ThaiDates.shortDateTime(poster.lastScan()));
        model.addAttribute("retired", poster.retiredAt() == null ? null : ThaiDates.shortDateTime(poster.retiredAt()));
        return "inbox/posters/detail";
    }

    @PostMapping("/inbox/posters/{id}/name")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        return change(id, redirect, () -> posters.rename(id, name));
    }

    @PostMapping("/inbox/posters/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> posters.retire(id));
    }

    @PostMapping("/inbox/posters/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> posters.reactivate(id));
    }

    private static @Nullable PosterTarget target(@Nullable String typed) {
        for (PosterTarget target : PosterTarget.values()) {
            if (target.name().equals(typed)) {
                return target;
            }
        }
        return null;
    }

    private String change(long id, RedirectAttributes redirect, Runnable change) {
        posters.get(id).orElseThrow(NotFound::new);
        try {
            change.run();
            redirect.addFlashAttribute("notice", "qr.saved");
        } catch (InvalidPoster e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/inbox/posters/" + id;
    }
}
