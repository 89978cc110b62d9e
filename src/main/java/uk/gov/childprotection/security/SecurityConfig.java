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
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every door into the system. {@code /api/**}: HTTP Basic against Camunda's users (the same passwords as
 * Tasklist), a role (Camunda group) per endpoint, 401 and 403 as problem details. {@code /engine-rest/**}:
 * Camunda's own HTTP Basic filter, so the engine knows the caller. The webapps under {@code /camunda} keep their
 * own login and CSRF protection; Spring Security adds its security headers to every answer.
 */
@Configuration
public class SecurityConfig {

    static final String REALM = "Child protection conferences";

    private static final String[] STAFF = {Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity,
            ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationProvider(users)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    problem(json, request, response, HttpStatus.UNAUTHORIZED, "Sign in",
                            "Sign in with your user name and password (HTTP Basic) to use this API.");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(json, request, response, HttpStatus.FORBIDDEN, "Not allowed",
                                "Your role does not allow this.")))
                // A stateless API called with credentials on every request: no session, so no CSRF to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyAuthority(Roles.SOCIAL_WORKERS,
                                Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/death", "/api/cases/*/left-uk",
                                "/api/cases/*/move-to-another-council", "/api/cases/*/transfer-in-conference-held",
                                "/api/cases/*/birth").hasAnyAuthority(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/amendment-requests").hasAnyAuthority(
                                Roles.CONFERENCE_ADMINISTRATORS, Roles.SOCIAL_WORKERS, Roles.CHAIRS)
                        .requestMatchers(HttpMethod.PUT, "/api/cases/*/allocation").hasAuthority(Roles.TEAM_MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasAuthority(Roles.SERVICE_MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(STAFF)
                        .anyRequest().denyAll())
                .build();
    }

    /** The webapps, the engine's REST API (guarded by the filter below) and the health check. */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                // The webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter) and their own
                // login; a second CSRF check here would refuse their requests.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
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
