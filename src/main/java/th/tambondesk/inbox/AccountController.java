package th.tambondesk.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every staff member changes their own password here. A new password ends the account's other sessions; this one
 * goes on under a new session id.
 */
@Controller
class AccountController {

    private final StaffUsers users;
    private final PasswordEncoder passwords;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

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
                  @RequestParam String password, @RequestParam String repeat, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        StaffUser user = users.findById(staff.id()).orElseThrow(NotFound::new);
        if (!passwords.matches(current, user.passwordHash())) {
            redirect.addFlashAttribute("error", "inbox.account.wrong-current");
        } else if (password.length() < StaffAccounts.MIN_PASSWORD) {
            redirect.addFlashAttribute("error", "inbox.account.too-short");
        } else if (!password.equals(repeat)) {
            redirect.addFlashAttribute("error", "inbox.account.mismatch");
        } else {
            user.changePassword(passwords.encode(password));
            keepThisSession(StaffPrincipal.of(user).withoutPassword(), request, response);
            redirect.addFlashAttribute("notice", "inbox.account.changed");
        }
        return "redirect:/inbox/account";
    }

    /** This session carries the account's new session version, so that only the other sessions end. */
    private void keepThisSession(StaffPrincipal renewed, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                renewed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
