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
 * /camunda/api/engine (which Tasklist uses). The refusal travels out of the engine as itself
 * ({@link EngineRefusals}), and this filter gives both doors the same answer: 400 with the message that says
 * what to correct and the fields, as Tasklist shows it. Each refusal is logged here, once, as one INFO line
 * naming the case, the task and the fields (not the values: they are a child's record).
 */
public class RefusedSubmissionFilter extends OncePerRequestFilter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RefusedSubmissionFilter.class);

    private static final String REFUSAL = RefusedSubmissionFilter.class.getName() + ".refusal";
    private static final String WHERE = RefusedSubmissionFilter.class.getName() + ".where";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Called where a submission is refused, on the request's thread. */
    public static void remember(InvalidSubmissionException refusal) {
        remember(refusal, null, null);
    }

    /** Called where a submission is refused, with the case and the task (or form) it was for. */
    public static void remember(InvalidSubmissionException refusal, String caseReference, String task) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSAL, refusal, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(WHERE, (caseReference == null ? "" : "case " + caseReference)
                    + (task == null ? "" : (caseReference == null ? "" : ", ") + "task \"" + task + "\""),
                    RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The door refuses a submission before the engine sees it: logged as one line, answered 400. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response,
            InvalidSubmissionException refusal) throws IOException {
        log(request, null, refusal);
        answer(response, refusal);
    }

    private static void log(HttpServletRequest request, Object where, InvalidSubmissionException refusal) {
        LOG.info("Refused submission {} {}{}: fields {}", request.getMethod(), request.getRequestURI(),
                where == null || where.toString().isEmpty() ? "" : " (" + where + ")",
                String.join(", ", refusal.fieldErrors().keySet()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        // A 409 stays: the submission lost a race (EngineRefusals), and what it was refused for is the winner's.
        if (request.getAttribute(REFUSAL) instanceof InvalidSubmissionException refusal
                && buffered.getStatus() >= 400 && buffered.getStatus() != HttpServletResponse.SC_CONFLICT) {
            buffered.resetBuffer();
            log(request, request.getAttribute(WHERE), refusal);
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
        body.put("message", refusal.inWords());
        body.put("errors", refusal.fieldErrors());
        // The same, as the form names each field: Tasklist marks them beside the fields (scripts/field-errors.js).
        body.put("errorsInWords", refusal.inWordsByField());
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
