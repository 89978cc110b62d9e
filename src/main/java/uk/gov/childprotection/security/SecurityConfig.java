package uk.gov.childprotection.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every door into the system. {@code /api/**}: HTTP Basic against Camunda's users (the same passwords as
 * Tasklist), a role (Camunda group) per endpoint, 401 and 403 as problem details. {@code /engine-rest/**}:
 * Camunda's own HTTP Basic filter, so the engine knows the caller. The webapps under {@code /camunda} keep their
 * own login and CSRF protection; Spring Security adds its security headers to every answer ({@link #headers}).
 * Wrong passwords are throttled in front of all three doors ({@link SignInThrottle}). A request its firewall
 * rejects (a path with {@code ;}, {@code //}, an encoded slash or {@code %2e%2e}) is answered 400, not 500.
 */
@Configuration
public class SecurityConfig {

    static final String REALM = "Child protection conferences";

    private static final String[] STAFF = {Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS};
    private static final String[] STAFF_AND_ADMINISTRATORS = {Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS, Roles.ADMINISTRATORS};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity,
            ObjectMapper json, Staff staff) throws Exception {
        return http.securityMatcher("/api/**")
                // Reads also on the webapps' signed-in session (one sign-in); every change needs credentials.
                .addFilterBefore(new WebappSessionAuthentication(staff), BasicAuthenticationFilter.class)
                // This provider alone: added with authenticationProvider(), a wrong password would be checked
                // (and counted by the throttle) twice, again by the global manager built from the same bean.
                .authenticationManager(new ProviderManager(users))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    // A browser with a webapps session never gets the browser's own password prompt (one
                    // sign-in): it is told in words instead. Other callers get the HTTP Basic challenge.
                    if (request.getSession(false) == null) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    }
                    problem(json, request, response, HttpStatus.UNAUTHORIZED, "Sign in",
                            "Sign in with your user name and password (HTTP Basic) to use this API. Signed in to "
                                    + "Tasklist, a browser may read through it; a change needs the user name and "
                                    + "password with the request.");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(json, request, response, HttpStatus.FORBIDDEN, "Not allowed",
                                "Your role does not allow this.")))
                // A stateless API called with credentials on every request: no session, so no CSRF to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::headers)
                // The webapps' session is read, never changed: Spring's session fixation protection would give it a
                // new id on every read through it (it takes the read for a sign-in), and Tasklist would be signed out.
                // The sign-in itself (the webapps') is where the id changes.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/cases", "/api/referrals", "/api/families/*/people",
                                "/api/families/*/children").hasAnyAuthority(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/death", "/api/cases/*/left-uk",
                                "/api/cases/*/move-to-another-council", "/api/cases/*/transfer-in-conference-held",
                                "/api/cases/*/birth").hasAnyAuthority(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/amendment-requests").hasAnyAuthority(
                                Roles.CONFERENCE_ADMINISTRATORS, Roles.SOCIAL_WORKERS, Roles.CHAIRS)
                        // A parent's disagreement reaches their social worker, the Chair or the conference team.
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/complaints").hasAnyAuthority(
                                Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS, Roles.CHAIRS,
                                Roles.CONFERENCE_ADMINISTRATORS)
                        // The conference team (or the Chair) keeps the recording; whoever the parent asked takes a
                        // request for it; only service managers download the file, to release it.
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/recordings").hasAnyAuthority(
                                Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/recording-requests").hasAnyAuthority(
                                Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS, Roles.CHAIRS,
                                Roles.CONFERENCE_ADMINISTRATORS)
                        .requestMatchers(HttpMethod.GET, "/api/recordings/*/audio").hasAuthority(Roles.SERVICE_MANAGERS)
                        // The child's views reach their social worker or the conference team (an advocate's too).
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/conferences/*/child-views").hasAnyAuthority(
                                Roles.SOCIAL_WORKERS, Roles.CONFERENCE_ADMINISTRATORS)
                        // A parent asks their social worker or the conference team to bring a supporter.
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/supporter-requests").hasAnyAuthority(
                                Roles.SOCIAL_WORKERS, Roles.CONFERENCE_ADMINISTRATORS)
                        // The conference team books, so it rearranges.
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/conferences/*/rearrangements")
                        .hasAuthority(Roles.CONFERENCE_ADMINISTRATORS)
                        .requestMatchers(HttpMethod.PUT, "/api/cases/*/allocation").hasAuthority(Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.PUT, "/api/cases/*/census").hasAnyAuthority(Roles.SOCIAL_WORKERS,
                                Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.PUT, "/api/families/*/people/*/children/*/letters")
                        .hasAuthority(Roles.CHAIRS)
                        .requestMatchers(HttpMethod.PUT, "/api/agencies/*").hasAuthority(Roles.CONFERENCE_ADMINISTRATORS)
                        // One's own phone, or anyone's for an administrator (StaffDirectoryController checks which).
                        .requestMatchers(HttpMethod.PUT, "/api/staff/*/phone").hasAnyAuthority(STAFF_AND_ADMINISTRATORS)
                        .requestMatchers(HttpMethod.GET, "/api/audit", "/api/monitoring", "/api/monitoring/**",
                                "/api/census/**", "/api/feedback")
                        .hasAuthority(Roles.SERVICE_MANAGERS)
                        // An agency worker's one door: their agency's conferences (AgencyReportService checks
                        // which); every other /api path below is staff only, so they reach no case.
                        .requestMatchers(HttpMethod.GET, "/api/agency-conferences", "/api/agency-conferences/**")
                        .hasAuthority(Roles.AGENCY_WORKERS)
                        .requestMatchers(HttpMethod.PUT, "/api/agency-conferences/*/report",
                                "/api/agency-conferences/*/report/shared-with-family")
                        .hasAuthority(Roles.AGENCY_WORKERS)
                        // Which agency each agency worker's account belongs to: the administrators, who make accounts.
                        .requestMatchers(HttpMethod.GET, "/api/agency-workers").hasAuthority(Roles.ADMINISTRATORS)
                        .requestMatchers(HttpMethod.PUT, "/api/agency-workers/*").hasAuthority(Roles.ADMINISTRATORS)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(STAFF)
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The application's own pages (the case page, the referral page, the census return): on the webapps' signed-in session, every
     * form sent with Spring Security's CSRF token. Someone not signed in is sent to Tasklist to sign in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, IdentityService identity, Staff staff) throws Exception {
        return http.securityMatcher("/cases/**", "/referrals/**", "/census/**")
                // On the webapps' session; a page's form is sent with its CSRF token, so another site cannot.
                .addFilterBefore(new WebappSessionAuthentication(staff, true), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .sessionFixation(fixation -> fixation.none()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        response.sendRedirect(request.getContextPath() + "/camunda/app/tasklist/")))
                .headers(SecurityConfig::headers)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/cases/**").hasAnyAuthority(STAFF)
                        .requestMatchers(HttpMethod.GET, "/census/**").hasAuthority(Roles.SERVICE_MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/referrals/new").hasAnyAuthority(Roles.SOCIAL_WORKERS,
                                Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/referrals/new", "/cases/*/census").hasAnyAuthority(
                                Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The feedback page a parent or child opens from their letter: nobody signs in, the link's secret is the key
     * (128 random bits, one answer). No session; no CSRF token either, since a forged form would need the secret.
     */
    @Bean
    @Order(2)
    SecurityFilterChain feedback(HttpSecurity http) throws Exception {
        return http.securityMatcher("/feedback/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::headers)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/feedback/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/feedback/*").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** The webapps, the engine's REST API (guarded by the filter below) and the health check. */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                // The webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter) and their own
                // login; a second CSRF check here would refuse their requests.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::headers)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * On every answer, besides Spring Security's defaults (no-sniff, no caching, X-Frame-Options): the webapps may
     * frame their own pages only; HSTS (a year, subdomains too), which browsers only take from an HTTPS answer and
     * so is sent over HTTPS only; no referrer to other sites; and no camera, microphone, location, payment or other
     * device access, which no page here needs.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** Spring Security's strict firewall, as its default, here also applied first of all ({@link FirewallFilter}). */
    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    /** A path the firewall refuses is the caller's mistake: 400 (Spring Security's default is a 500). */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    @Bean
    FilterRegistrationBean<FirewallFilter> firewallFilter(HttpFirewall firewall, RequestRejectedHandler rejected) {
        FilterRegistrationBean<FirewallFilter> registration =
                new FilterRegistrationBean<>(new FirewallFilter(firewall, rejected));
        registration.addUrlPatterns("/*");
        // Right after the character encoding filter, before Spring Security and every other filter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("firewall");
        return registration;
    }

    /** {@code /engine-rest}: Camunda's HTTP Basic check; anonymous callers get 401, the engine knows the rest. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }

    private static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), body);
    }
}
