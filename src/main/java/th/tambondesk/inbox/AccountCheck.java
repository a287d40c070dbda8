package th.tambondesk.inbox;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every inbox request re-checks the logged-in account: a session of an account that was disabled, or whose role,
 * division or password changed since the login, ends there and the browser goes to the login page. One indexed
 * read per request; not a bean, so that only the inbox's security chain runs it.
 */
class AccountCheck extends OncePerRequestFilter {

    private final StaffUsers users;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountCheck(StaffUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.getPrincipal() instanceof StaffPrincipal staff
                && !users.holds(staff.id(), staff.sessionVersion())) {
            logout.logout(request, response, login);
            response.sendRedirect(request.getContextPath() + InboxSecurityConfiguration.LOGIN + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
