package th.tambondesk.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import th.tambondesk.integrity.AccountAudit;
import th.tambondesk.integrity.AccountAudit.Change;

/**
 * The administrator manages staff accounts: create, change role or division, disable, reset a password. Auditor
 * accounts are out of reach: they come from the server's environment ({@link StaffAccounts#configureAuditor}), so
 * an admin can neither make one nor take one over. Every change that could open a way to the integrity reports is
 * written to the auditors' access log ({@link AccountAudit}); a changed account's sessions end at once.
 */
@Controller
class AdminUsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final StaffUsers users;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final Catalog catalog;
    private final AccountAudit audit;

    AdminUsersController(StaffUsers users, StaffAccounts accounts, PasswordEncoder passwords, Catalog catalog,
                         AccountAudit audit) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/inbox/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.findAllByOrderByUsername().stream().map(StaffUser::row).toList());
        model.addAttribute("roles", List.of(Role.ADMIN, Role.STAFF));
        model.addAttribute("divisions", catalog.divisions());
        return "inbox/admin/users";
    }

    @PostMapping("/inbox/admin/users")
    @Transactional
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(defaultValue = "") String division, RedirectAttributes redirect) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (role == Role.AUDITOR) {
            redirect.addFlashAttribute("error", "admin.users.auditor-from-server");
        } else if (!USERNAME.matcher(name).matches() || displayName.isBlank()) {
            redirect.addFlashAttribute("error", "admin.users.invalid");
        } else if (users.findByUsernameIgnoreCase(name).isPresent()) {
            redirect.addFlashAttribute("error", "admin.users.taken");
        } else if (role == Role.STAFF && catalog.division(division).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.users.division-needed");
        } else {
            String password = StaffAccounts.generatePassword();
            accounts.create(name, password, displayName.strip(), role, division);
            audit.record(me.username(), Change.CREATED, name, null, role.name());
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
        if (user.role() == Role.AUDITOR || role == Role.AUDITOR) {
            redirect.addFlashAttribute("error", "admin.users.auditor-from-server");
        } else if (user.id() == me.id() && (role != Role.ADMIN || !active)) {
            redirect.addFlashAttribute("error", "admin.users.not-yourself");
        } else if (role == Role.STAFF && catalog.division(division).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.users.division-needed");
        } else {
            Role oldRole = user.role();
            String oldDivision = user.divisionCode();
            boolean wasActive = user.active();
            String newDivision = role == Role.STAFF ? division : null;
            user.update(displayName.isBlank() ? user.displayName() : displayName.strip(), role, newDivision, active);
            if (oldRole != role) {
                audit.record(me.username(), Change.ROLE, user.username(), oldRole.name(), role.name());
            }
            if (!Objects.equals(oldDivision, newDivision)) {
                audit.record(me.username(), Change.DIVISION, user.username(), oldDivision, newDivision);
            }
            if (wasActive != active) {
                audit.record(me.username(), active ? Change.ENABLED : Change.DISABLED, user.username(), null, null);
            }
            redirect.addFlashAttribute("notice", "admin.saved");
        }
        return "redirect:/inbox/admin/users";
    }

    @PostMapping("/inbox/admin/users/{id}/password")
    @Transactional
    String resetPassword(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         RedirectAttributes redirect) {
        StaffUser user = users.findById(id).orElseThrow(NotFound::new);
        if (user.role() == Role.AUDITOR) {
            redirect.addFlashAttribute("error", "admin.users.auditor-from-server");
        } else if (user.id() == me.id()) {
            // A reset ends the account's sessions, this one too, and the new password would be lost with it.
            redirect.addFlashAttribute("error", "admin.users.own-password");
        } else {
            String password = StaffAccounts.generatePassword();
            user.changePassword(passwords.encode(password));
            audit.record(me.username(), Change.PASSWORD, user.username(), null, null);
            redirect.addFlashAttribute("created", user.username());
            redirect.addFlashAttribute("password", password);
        }
        return "redirect:/inbox/admin/users";
    }
}
