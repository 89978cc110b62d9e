package uk.gov.childprotection.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A form our listeners refused reaches the engine through two REST doors: /engine-rest and the webapps' own
 * /camunda/api/engine (which Tasklist uses). Both wrap the refusal in a 500 with engine codes around it. This
 * filter answers 400 instead, with the message that says what to correct and the fields, as Tasklist shows it.
 */
public class RefusedSubmissionFilter extends OncePerRequestFilter {

    private static final String REFUSAL = RefusedSubmissionFilter.class.getName() + ".refusal";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Called where a submission is refused, on the request's thread. */
    public static void remember(InvalidSubmissionException refusal) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSAL, refusal, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (request.getAttribute(REFUSAL) instanceof InvalidSubmissionException refusal
                && buffered.getStatus() >= 400) {
            buffered.resetBuffer();
            answer(buffered, refusal);
        }
        buffered.copyBodyToResponse();
    }

    /** The engine doors' one answer to a refused submission: 400 with the message and the fields to correct. */
    public static void answer(HttpServletResponse response, InvalidSubmissionException refusal) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidSubmission");
        body.put("message", refusal.getMessage());
        body.put("errors", refusal.fieldErrors());
        JSON.writeValue(response.getOutputStream(), body);
    }

    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<RefusedSubmissionFilter> refusedSubmissionFilter() {
            FilterRegistrationBean<RefusedSubmissionFilter> registration =
                    new FilterRegistrationBean<>(new RefusedSubmissionFilter());
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            return registration;
        }
    }
}
