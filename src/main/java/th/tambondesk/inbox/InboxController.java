package th.tambondesk.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Login, and the landing page that sends each role to its section. */
@Controller
class InboxController {

    @GetMapping(InboxSecurityConfiguration.LOGIN)
    String login() {
        return "inbox/login";
    }

    @GetMapping("/inbox")
    String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        if (staff.role() == Role.AUDITOR) {
            return "redirect:/inbox/integrity";
        }
        model.addAttribute("staff", staff);
        return "inbox/home";
    }
}
