package uk.gov.childprotection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall, first of all filters. Spring Security applies it too, but only after parsing the
 * request's path, which throws (a 500) on the servlet-mapped {@code /engine-rest} for a path such as
 * {@code //engine-rest/task} or {@code /engine-rest;x/task}. Here a malformed path is refused, with the same
 * firewall and the same answer (400), before anything reads it.
 */
class FirewallFilter extends OncePerRequestFilter {

    private final HttpFirewall firewall;
    private final RequestRejectedHandler rejected;

    FirewallFilter(HttpFirewall firewall, RequestRejectedHandler rejected) {
        this.firewall = firewall;
        this.rejected = rejected;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException malformed) {
            rejected.handle(request, response, malformed);
            return;
        }
        chain.doFilter(request, response);
    }
}
