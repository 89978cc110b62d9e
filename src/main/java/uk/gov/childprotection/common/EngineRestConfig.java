package uk.gov.childprotection.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (/engine-rest), with one addition: a task or start form refused by our validation answers
 * 400 with the message that says what to correct (Tasklist shows it), instead of a 500 wrapped in engine codes.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(InvalidSubmissionMapper.class);
    }

    @Priority(1)
    public static class InvalidSubmissionMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidSubmissionException invalid) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "InvalidSubmission");
                    body.put("message", invalid.getMessage());
                    body.put("errors", invalid.fieldErrors());
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body).build();
                }
            }
            return camunda.toResponse(exception);
        }
    }
}
