package uk.gov.childprotection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front of every sign-in door: a user name this address may not try for now (see {@link SignInThrottle}) is
 * answered 429 with a plain message and Retry-After, before any password is looked at. The doors: HTTP Basic on
 * {@code /api/**} and {@code /engine-rest/**}, and the webapps' login form. (The failures themselves are counted
 * where the password is checked, in {@link AccountIdentityProvider}, which also refuses a throttled pair on the
 * engine's other password checks.)
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refused = userName(request)
                .flatMap(user -> throttle.refusedFor(request.getRemoteAddr(), user));
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.get().toSeconds())));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
                + "\"detail\":\"Too many wrong passwords for this user from your address. Try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ".\"}");
    }

    /** The user name this request signs in with, if it is a sign-in. */
    private static Optional<String> userName(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.startsWith(WEBAPP_LOGIN) && uri.contains("/login/") && "POST".equals(request.getMethod())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilter(SignInThrottle throttle) {
            FilterRegistrationBean<SignInThrottleFilter> registration =
                    new FilterRegistrationBean<>(new SignInThrottleFilter(throttle));
            registration.addUrlPatterns("/api/*", "/engine-rest/*", WEBAPP_LOGIN + "*");
            // Before Spring Security (whose /api chain checks the password) and Camunda's /engine-rest filter.
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
            registration.setName("sign-in-throttle");
            return registration;
        }
    }
}
