package th.tambondesk.inbox;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.catalog.Catalog;

/** The administrator manages staff accounts: create, change role or division, disable, reset a password. */
@Controller
class AdminUsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final StaffUsers users;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final Catalog catalog;

    AdminUsersController(StaffUsers users, StaffAccounts accounts, PasswordEncoder passwords, Catalog catalog) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.catalog = catalog;
    }

    @GetMapping("/inbox/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.findAllByOrderByUsername().stream().map(StaffUser::row).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("divisions", catalog.divisions());
        return "inbox/admin/users";
    }

    @PostMapping("/inbox/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(defaultValue = "") String division, RedirectAttributes redirect) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches() || displayName.isBlank()) {
            redirect.addFlashAttribute("error", "admin.users.invalid");
        } else if (users.findByUsernameIgnoreCase(name).isPresent()) {
            redirect.addFlashAttribute("error", "admin.users.taken");
        } else if (role == Role.STAFF && catalog.division(division).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.users.division-needed");
        } else {
            String password = StaffAccounts.generatePassword();
            accounts.create(name, password, displayName.strip(), role, division);
            redirect.addFlashAttribute("created", name);
            redirect.addFlashAttribute("password", password);
        }
        return "redirect:/inbox/admin/users";
    }

    @PostMapping("/inbox/admin/users/{id}")
    @Transactional
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String displayName,
                  @RequestParam Role role, @RequestParam(defaultValue = "") String division,
                  @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        StaffUser user = users.findById(id).orElseThrow(NotFound::new);
        if (user.id() == me.id() && (role != Role.ADMIN || !active)) {
            redirect.addFlashAttribute("error", "admin.users.not-yourself");
        } else if (role == Role.STAFF && catalog.division(division).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.users.division-needed");
        } else {
            user.update(displayName.isBlank() ? user.displayName() : displayName.strip(), role,
                    role == Role.STAFF ? division : null, active);
            redirect.addFlashAttribute("notice", "admin.saved");
        }
        return "redirect:/inbox/admin/users";
    }

    @PostMapping("/inbox/admin/users/{id}/password")
    @Transactional
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        StaffUser user = users.findById(id).orElseThrow(NotFound::new);
        String password = StaffAccounts.generatePassword();
        user.changePassword(passwords.encode(password));
        redirect.addFlashAttribute("created", user.username());
        redirect.addFlashAttribute("password", password);
        return "redirect:/inbox/admin/users";
    }
}
