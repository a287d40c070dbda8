package th.tambondesk.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every staff member changes their own password here. */
@Controller
class AccountController {

    private final StaffUsers users;
    private final PasswordEncoder passwords;

    AccountController(StaffUsers users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping("/inbox/account")
    String page() {
        return "inbox/account";
    }

    @PostMapping("/inbox/account/password")
    @Transactional
    String change(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam String current,
                  @RequestParam String password, @RequestParam String repeat, RedirectAttributes redirect) {
        StaffUser user = users.findById(staff.id()).orElseThrow(NotFound::new);
        if (!passwords.matches(current, user.passwordHash())) {
            redirect.addFlashAttribute("error", "inbox.account.wrong-current");
        } else if (password.length() < StaffAccounts.MIN_PASSWORD) {
            redirect.addFlashAttribute("error", "inbox.account.too-short");
        } else if (!password.equals(repeat)) {
            redirect.addFlashAttribute("error", "inbox.account.mismatch");
        } else {
            user.changePassword(passwords.encode(password));
            redirect.addFlashAttribute("notice", "inbox.account.changed");
        }
        return "redirect:/inbox/account";
    }
}
