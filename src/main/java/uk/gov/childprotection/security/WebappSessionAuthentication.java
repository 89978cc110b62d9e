package uk.gov.childprotection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One sign-in: the Camunda webapps' (Tasklist's, Cockpit's) signed-in session is honoured by the application's
 * own pages and by the API's reads, so a document link in a Tasklist form opens without a second password prompt.
 * Only for reading (GET, HEAD): a change through {@code /api} still needs its own credentials, so a page of
 * another site cannot make a signed-in browser change anything (no cross-site request forgery). The groups are
 * read from the identity service on every request, so a removed membership counts at once.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    static final String ENGINE = "default";

    private final Staff staff;
    /** Whether changes are taken on the session too: only where the chain checks a CSRF token (the pages). */
    private final boolean changesToo;

    WebappSessionAuthentication(Staff staff) {
        this(staff, false);
    }

    WebappSessionAuthentication(Staff staff, boolean changesToo) {
        this.staff = staff;
        this.changesToo = changesToo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ((changesToo || reads(request)) && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            String user = signedIn(request.getSession(false));
            if (user != null) {
                List<SimpleGrantedAuthority> groups = staff.groupsOf(user).stream()
                        .map(SimpleGrantedAuthority::new).toList();
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, groups));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean reads(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** The user the webapps' session is signed in as, for this engine; null when none. */
    static String signedIn(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        Authentication signedIn = all == null ? null : all.getAuthenticationForProcessEngine(ENGINE);
        return signedIn == null ? null : signedIn.getName();
    }
}
