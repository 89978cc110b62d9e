package uk.gov.childprotection.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
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
    /** A login form is a user name and a password: a longer body is not looked into. */
    private static final int MAX_LOGIN_FORM = 8192;

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user;
        if (isWebappLogin(request)) {
            // The login form's body, read here and replayed to the webapp: asking the container for the
            // parameter instead would leave the webapp (Jersey) an empty body and a warning in the log.
            byte[] start = request.getInputStream().readNBytes(MAX_LOGIN_FORM + 1);
            user = start.length > MAX_LOGIN_FORM ? Optional.empty() : formValue(start, "username");
            request = new ReplayedBody(request, start);
        } else {
            user = basicUserName(request);
        }
        String address = request.getRemoteAddr();
        Optional<Duration> refused = user.flatMap(name -> throttle.refusedFor(address, name));
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

    private static boolean isWebappLogin(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith(WEBAPP_LOGIN) && uri.contains("/login/") && "POST".equals(request.getMethod());
    }

    private static Optional<String> formValue(byte[] form, String name) {
        for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The user name of HTTP Basic credentials, if the request has them. */
    private static Optional<String> basicUserName(HttpServletRequest request) {
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
