package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.integrity.AccountAudit;

/**
 * The security review's account findings (issue 26), against the real security chain: a session follows its
 * account, a receipt is no side door into another division's case, and the auditor's accounts are out of the
 * admin's reach, with every role change and password reset in the auditors' access log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSecurityWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffUsers users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AccountAudit audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Cases cases;

    @Autowired
    JdbcTemplate jdbc;

    StaffPrincipal admin;
    StaffPrincipal auditor;

    @BeforeEach
    void people() {
        admin = TestAccounts.account(accounts, "admin", Role.ADMIN, null);
        auditor = TestAccounts.account(accounts, "audit", Role.AUDITOR, null);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        Cookie[] session = logIn(staff.username());
        mvc.perform(get("/inbox/cases").cookie(session)).andExpect(status().isOk());

        update(staff, Role.STAFF, "works", false);

        mvc.perform(get("/inbox/cases").cookie(session)).andExpect(redirectedUrl("/inbox/login?expired"));
        // The session is gone: no later request of it is let in either, a form post included.
        mvc.perform(post("/inbox/cases/1/notes").param("text", "x").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox/login"));
        mvc.perform(get("/inbox/login?expired")).andExpect(content().string(containsString("กรุณาเข้าสู่ระบบอีกครั้ง")));
    }

    @Test
    void aFourthLoginEndsTheOldestSessionOfTheAccountWithANote() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        Cookie[] oldest = logIn(staff.username());
        Cookie[] second = logIn(staff.username());
        logIn(staff.username());

        logIn(staff.username());

        // The one used longest ago goes; here the first login, not used since.

        mvc.perform(get("/inbox/cases").cookie(oldest)).andExpect(redirectedUrl("/inbox/login?ended"));
        mvc.perform(get("/inbox/cases").cookie(second)).andExpect(status().isOk());
        mvc.perform(get("/inbox/login?ended")).andExpect(content().string(containsString("ครบ 3 เครื่อง")));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                staff.username())).isEqualTo(InboxSecurityConfiguration.SESSIONS_PER_ACCOUNT);
    }

    @Test
    void aRoleOrDivisionChangeOrAPasswordResetEndsTheSessionsToo() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        Cookie[] first = logIn(staff.username());
        update(staff, Role.STAFF, "palad", true);
        mvc.perform(get("/inbox/cases").cookie(first)).andExpect(redirectedUrl("/inbox/login?expired"));

        Cookie[] second = logIn(staff.username());
        update(staff, Role.ADMIN, "", true);
        mvc.perform(get("/inbox/cases").cookie(second)).andExpect(redirectedUrl("/inbox/login?expired"));

        Cookie[] third = logIn(staff.username());
        String reset = (String) mvc.perform(post("/inbox/admin/users/" + staff.id() + "/password").with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("created", staff.username())).andReturn().getFlashMap().get("password");
        resetPasswords.put(staff.username(), reset);
        mvc.perform(get("/inbox/cases").cookie(third)).andExpect(redirectedUrl("/inbox/login?expired"));

        // A display name is not a security change: the session goes on.
        Cookie[] fourth = logIn(staff.username());
        update(staff, "ชื่อใหม่", Role.ADMIN, "", true);
        mvc.perform(get("/inbox/cases").cookie(fourth)).andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        Cookie[] here = logIn(staff.username());
        Cookie[] elsewhere = logIn(staff.username());

        Cookie[] renewed = mvc.perform(post("/inbox/account/password").cookie(here).with(csrf())
                        .param("current", TestAccounts.PASSWORD)
                        .param("password", "a-new-password-2").param("repeat", "a-new-password-2"))
                .andExpect(redirectedUrl("/inbox/account")).andReturn().getResponse().getCookies();

        // The same session under a new id (the response names it).
        mvc.perform(get("/inbox/cases").cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/inbox/cases").cookie(elsewhere)).andExpect(redirectedUrl("/inbox/login?expired"));
    }

    @Test
    void anotherDivisionsReceiptIsNotFoundAndItsCodeIsServedNowhere() throws Exception {
        CaseView walkIn = cases.openWalkIn(new OpenCase(UUID.randomUUID().toString(), "water-truck",
                CaseChannel.WALK_IN, null, "นางสมศรี", "0812345678", List.of(new OpenCase.Detail("รายละเอียด", "ขอน้ำ")),
                new OpenCase.Place(null, null, "หมู่ 3"), List.of()));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class,
                walkIn.trackingCode());
        StaffPrincipal works = fresh(Role.STAFF, "works");
        StaffPrincipal palad = fresh(Role.STAFF, "palad");

        mvc.perform(get("/inbox/cases/" + id + "/receipt").with(user(works))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(walkIn.trackingCode()))));
        mvc.perform(get("/inbox/cases/" + id + "/receipt").with(user(palad))).andExpect(status().isOk())
                .andExpect(content().string(containsString(walkIn.trackingCode())));
        mvc.perform(get("/inbox/receipts/" + walkIn.trackingCode() + "/qr.png").with(user(works)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminCanNeitherMakeNorTakeOverAnAuditorAccount() throws Exception {
        String name = "spy" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/inbox/admin/users").with(user(admin)).with(csrf()).param("username", name)
                        .param("displayName", "ผู้ตรวจสอบปลอม").param("role", "AUDITOR"))
                .andExpect(flash().attribute("error", "admin.users.auditor-from-server"));
        assertThat(users.findByUsernameIgnoreCase(name)).isEmpty();

        StaffPrincipal staff = fresh(Role.STAFF, "works");
        update(staff, Role.AUDITOR, "", true);
        assertThat(users.findById(staff.id()).orElseThrow().role()).isEqualTo(Role.STAFF);

        String hash = users.findById(auditor.id()).orElseThrow().passwordHash();
        mvc.perform(post("/inbox/admin/users/" + auditor.id() + "/password").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("error", "admin.users.auditor-from-server"))
                .andExpect(flash().attribute("password", (Object) null));
        update(auditor, Role.ADMIN, "", true);
        StaffUser after = users.findById(auditor.id()).orElseThrow();
        assertThat(after.passwordHash()).isEqualTo(hash);
        assertThat(after.role()).isEqualTo(Role.AUDITOR);

        mvc.perform(get("/inbox/admin/users").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"AUDITOR\""))));
    }

    @Test
    void roleChangesAndPasswordResetsGoToTheAccessLogAndTheAuditorIsTold() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        update(staff, Role.ADMIN, "", true);
        mvc.perform(post("/inbox/admin/users/" + staff.id() + "/password").with(user(admin)).with(csrf()));

        assertThat(jdbc.queryForList("select action from integrity_access_log where auditor = 'admin' "
                + "and action like ? order by id", String.class, "ACCOUNT % " + staff.username() + "%"))
                .containsExactly("ACCOUNT ROLE " + staff.username() + " STAFF ADMIN",
                        "ACCOUNT DIVISION " + staff.username() + " works -",
                        "ACCOUNT PASSWORD " + staff.username());
        mvc.perform(get("/inbox/integrity").with(user(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("เปลี่ยนบทบาทของบัญชี " + staff.username()
                        + " จาก STAFF เป็น ADMIN")))
                .andExpect(content().string(containsString("ตั้งรหัสผ่านใหม่ให้บัญชี " + staff.username())));
    }

    @Test
    void theAuditorAccountComesFromTheServersEnvironment() {
        String name = "auditor" + System.nanoTime() % 1_000_000;
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tambondesk.auditor.username", name)
                .withProperty("tambondesk.auditor.password", "auditor-password-1");
        StaffAccounts fromEnvironment = new StaffAccounts(users, passwords, environment, Clock.systemUTC(), audit);

        transactions.executeWithoutResult(t -> fromEnvironment.configureAuditor());
        StaffUser created = users.findByUsernameIgnoreCase(name).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.AUDITOR);
        assertThat(passwords.matches("auditor-password-1", created.passwordHash())).isTrue();
        // The one the environment names is the auditor: the other auditor accounts are disabled.
        assertThat(users.findById(auditor.id()).orElseThrow().active()).isFalse();

        environment.setProperty("tambondesk.auditor.password", "auditor-password-2");
        transactions.executeWithoutResult(t -> fromEnvironment.configureAuditor());
        assertThat(passwords.matches("auditor-password-2",
                users.findByUsernameIgnoreCase(name).orElseThrow().passwordHash())).isTrue();
        assertThat(jdbc.queryForList("select action from integrity_access_log where auditor = 'server' "
                + "and action like ? order by id", String.class, "ACCOUNT % " + name + "%"))
                .containsExactly("ACCOUNT CREATED " + name + " - AUDITOR", "ACCOUNT PASSWORD " + name);

        // Put the shared auditor back for the other tests.
        transactions.executeWithoutResult(t -> {
            users.findById(auditor.id()).orElseThrow().update("audit", Role.AUDITOR, null, true);
            users.findByUsernameIgnoreCase(name).orElseThrow().update(name, Role.AUDITOR, null, false);
        });
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockTheOwnerOutOfTheirOwnBrowser() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        Cookie device = Arrays.stream(logIn(staff.username()))
                .filter(c -> c.getName().equals("td_device_" + staff.username())).findFirst().orElseThrow();
        assertThat(device.isHttpOnly()).isTrue();

        // Wrong passwords for the name from five places: the account is held up for strangers, a forged cookie
        // too ...
        for (int i = 1; i <= 5; i++) {
            mvc.perform(login(staff.username(), "guess-" + i, "198.51.100." + i))
                    .andExpect(redirectedUrl("/inbox/login?error"));
        }
        mvc.perform(login(staff.username(), TestAccounts.PASSWORD, "198.51.100.50"))
                .andExpect(redirectedUrl("/inbox/login?locked=1"));
        // A forged cookie is no key.
        Cookie forged = new Cookie(device.getName(), device.getValue().substring(0, device.getValue().length() - 4)
                + "0000");
        mvc.perform(login(staff.username(), TestAccounts.PASSWORD, "192.0.2.11").cookie(forged))
                .andExpect(redirectedUrl("/inbox/login?locked=1"));
        // ... but not for the browser the owner logged in from before, wherever it is now.
        mvc.perform(login(staff.username(), TestAccounts.PASSWORD, "192.0.2.10").cookie(device))
                .andExpect(authenticated().withUsername(staff.username()));
    }

    @Test
    void oneAddressTryingManyNamesIsHeldUpWhateverTheAccount() throws Exception {
        StaffPrincipal staff = fresh(Role.STAFF, "works");
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("nobody" + i + System.nanoTime() % 1000, "guess", "198.51.100.200"))
                    .andExpect(redirectedUrl("/inbox/login?error"));
        }
        mvc.perform(login(staff.username(), TestAccounts.PASSWORD, "198.51.100.200"))
                .andExpect(redirectedUrl("/inbox/login?locked=1"));
        mvc.perform(login(staff.username(), TestAccounts.PASSWORD, "198.51.100.201")).andExpect(authenticated());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private StaffPrincipal fresh(Role role, String division) {
        return TestAccounts.account(accounts, role.name().toLowerCase() + System.nanoTime() % 10_000_000, role,
                division);
    }

    /** A login post from a client address (as the trusted proxy names it). */
    private static MockHttpServletRequestBuilder login(String username,
            String password, String address) {
        return post("/inbox/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** The session cookie of a new login (sessions are Spring Session rows, named by the cookie). */
    private Cookie[] logIn(String username) throws Exception {
        return mvc.perform(formLogin("/inbox/login").user(username).password(passwordOf(username)))
                .andExpect(authenticated()).andReturn().getResponse().getCookies();
    }

    /** The test password, or the one the admin's reset printed, remembered per account. */
    private String passwordOf(String username) {
        return resetPasswords.getOrDefault(username, TestAccounts.PASSWORD);
    }

    private final java.util.Map<String, String> resetPasswords = new java.util.HashMap<>();

    private void update(StaffPrincipal account, Role role, String division, boolean active) throws Exception {
        update(account, account.displayName(), role, division, active);
    }

    private void update(StaffPrincipal account, String displayName, Role role, String division, boolean active)
            throws Exception {
        var request = post("/inbox/admin/users/" + account.id()).with(user(admin)).with(csrf())
                .param("displayName", displayName).param("role", role.name()).param("division", division);
        if (active) {
            request.param("active", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
