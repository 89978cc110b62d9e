package uk.gov.childprotection.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import uk.gov.childprotection.security.Roles;

/** The people the tests work as; created once per engine, whatever the order of the tests. */
public final class TestStaff {

    public static final String SOCIAL_WORKER = "test.worker";
    public static final String OTHER_SOCIAL_WORKER = "test.worker2";
    public static final String TEAM_MANAGER = "test.manager";
    public static final String ADMINISTRATOR = "test.admin";
    public static final String CHAIR = "test.chair";
    public static final String SERVICE_MANAGER = "test.service";
    /** A team manager who is also a Child Protection Chair: may chair, but never on their own team's case. */
    public static final String MANAGER_AND_CHAIR = "test.managerchair";

    private TestStaff() {
    }

    /** The password each test user has. */
    public static String password(String user) {
        return "test-" + user;
    }

    /** The request, signed in as the user with HTTP Basic (through the real security filter chain). */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signedIn(String user,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(user, password(user)));
    }

    public static void ensure(IdentityService identity) {
        user(identity, SOCIAL_WORKER, "Sam", "Worker", Roles.SOCIAL_WORKERS);
        user(identity, OTHER_SOCIAL_WORKER, "Sol", "Worker", Roles.SOCIAL_WORKERS);
        user(identity, TEAM_MANAGER, "Tess", "Manager", Roles.TEAM_MANAGERS);
        user(identity, ADMINISTRATOR, "Ada", "Admin", Roles.CONFERENCE_ADMINISTRATORS);
        user(identity, CHAIR, "Chris", "Chair", Roles.CHAIRS);
        user(identity, SERVICE_MANAGER, "Sue", "Service", Roles.SERVICE_MANAGERS);
        if (identity.createUserQuery().userId(MANAGER_AND_CHAIR).count() == 0) {
            user(identity, MANAGER_AND_CHAIR, "Mo", "Both", Roles.TEAM_MANAGERS);
            identity.createMembership(MANAGER_AND_CHAIR, Roles.CHAIRS);
        }
    }

    /**
     * Creates the user, in the group, with their test password, unless they exist. Test data: created past the
     * password policy (their passwords, {@code test-<id>}, would not pass it).
     */
    public static void user(IdentityService identity, String id, String first, String last, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setPassword(password(id));
        ((IdentityServiceImpl) identity).saveUser(user, true);
        identity.createMembership(id, group);
    }

    /**
     * A browser session signed in to the webapps as this user, as Tasklist's sign-in leaves it, for the
     * application's pages (which take that session, never Basic credentials). The session names the engine "default",
     * as the webapps' does.
     */
    public static org.springframework.mock.web.MockHttpSession webappSession(String user) {
        var session = new org.springframework.mock.web.MockHttpSession();
        var all = new org.camunda.bpm.webapp.impl.security.auth.Authentications();
        // The groups are the application's to look up (WebappSessionAuthentication), not the session's.
        all.addOrReplace(new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication(user, "default"));
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.updateSession(session, all);
        return session;
    }
}
