package th.tambondesk.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.common.PublicUrl;
import th.tambondesk.open311.Open311Keys;

/** The administrator issues and revokes the API keys other systems report with through Open311. */
@Controller
class AdminOpen311Controller {

    private final Open311Keys keys;
    private final PublicUrl publicUrl;

    AdminOpen311Controller(Open311Keys keys, PublicUrl publicUrl) {
        this.keys = keys;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/inbox/admin/open311")
    String list(Model model) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("endpoint", publicUrl.of("/open311/v2/").orElse("/open311/v2/"));
        return "inbox/admin/open311";
    }

    @PostMapping("/inbox/admin/open311")
    String issue(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String name,
                 RedirectAttributes redirect) {
        try {
            Open311Keys.Issued issued = keys.issue(name, staff.getUsername());
            // Shown once, on the page the redirect lands on (flash attributes travel sealed); only its hash is kept.
            redirect.addFlashAttribute("issuedName", issued.key().name());
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("notice", "admin.open311.issued");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "admin.open311.name-required");
        }
        return "redirect:/inbox/admin/open311";
    }

    @PostMapping("/inbox/admin/open311/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(id);
        redirect.addFlashAttribute("notice", "admin.open311.revoked");
        return "redirect:/inbox/admin/open311";
    }
}
