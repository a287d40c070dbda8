package th.tambondesk.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import th.tambondesk.cases.CaseAccessDenied;

/** What every inbox page needs: who is logged in, and a "no access" page when a module API refuses the account. */
@ControllerAdvice(basePackageClasses = InboxAdvice.class)
class InboxAdvice {

    @ModelAttribute("staffName")
    String staffName(Authentication authentication) {
        if (authentication == null) {
            return "";
        }
        return authentication.getPrincipal() instanceof StaffPrincipal staff ? staff.displayName()
                : authentication.getName();
    }

    /** Another division's case, or none: the same 404 on every inbox page, never a 500. */
    @ExceptionHandler(CaseAccessDenied.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchCase() {
        return "inbox/not-found";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "inbox/denied";
    }
}
