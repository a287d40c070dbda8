package th.tambondesk.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Login, and the landing page that sends each role to its section. */
@Controller
class InboxController {

    @GetMapping(InboxSecurityConfiguration.LOGIN)
    String login() {
        return "inbox/login";
    }

    /** Where Spring Security sends an account that may not open a page: the inbox's own "no access" page. */
    @RequestMapping(InboxSecurityConfiguration.DENIED)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "inbox/denied";
    }

    @GetMapping("/inbox")
    String home(@AuthenticationPrincipal StaffPrincipal staff) {
        return staff.role() == Role.AUDITOR ? "redirect:/inbox/integrity" : "redirect:/inbox/cases?view=NEW";
    }
}
