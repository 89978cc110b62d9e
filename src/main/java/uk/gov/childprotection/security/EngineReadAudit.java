package uk.gov.childprotection.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.childprotection.common.ApplicationAuthority;

/**
 * Every read of case data through the engine's doors (Cockpit, Tasklist, /engine-rest) by someone whose role
 * reads every case (service managers, conference administrators, the administrators) is audited, once per
 * request, as {@code /api} reads are: who, the request, when, from where. It sits in the engine's command chain,
 * so no query escapes it, whichever door it came through; reads the API makes for itself are audited there.
 */
class EngineReadAudit extends CommandInterceptor {

    private static final Set<String> READERS_OF_EVERY_CASE = Set.of(Roles.SERVICE_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.ADMINISTRATORS);
    private static final List<String> ENGINE_DOORS = List.of("/engine-rest/", "/camunda/api/");
    private static final String AUDITED = EngineReadAudit.class.getName() + ".audited";

    interface Sink {
        void audited(String user, String caseReference, String detail, String remoteAddress);
    }

    private final Sink sink;
    private final java.util.function.Supplier<org.camunda.bpm.engine.IdentityService> identity;

    EngineReadAudit(Sink sink, java.util.function.Supplier<org.camunda.bpm.engine.IdentityService> identity) {
        this.sink = sink;
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!ApplicationAuthority.active() && isRead(command)
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            audit(attributes);
        }
        return next.execute(command);
    }

    private void audit(ServletRequestAttributes attributes) {
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI();
        if (attributes.getAttribute(AUDITED, RequestAttributes.SCOPE_REQUEST) != null
                || ENGINE_DOORS.stream().noneMatch(path::startsWith)) {
            return;
        }
        Authentication caller = identity.get().getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null
                || caller.getGroupIds().stream().noneMatch(READERS_OF_EVERY_CASE::contains)) {
            return;
        }
        attributes.setAttribute(AUDITED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        String query = request.getQueryString();
        String detail = request.getMethod() + " " + path + (query == null ? "" : "?" + query);
        String businessKey = firstParameter(request, "processInstanceBusinessKey", "businessKey");
        sink.audited(caller.getUserId(), businessKey, detail.length() > 500 ? detail.substring(0, 500) : detail,
                request.getRemoteAddr());
    }

    private static String firstParameter(HttpServletRequest request, String... names) {
        for (String name : names) {
            String value = request.getParameter(name);
            if (value != null && value.length() <= 40) {
                return value;
            }
        }
        return null;
    }

    /** Queries and the commands that read variables, forms or history: what shows case data. */
    private static boolean isRead(Command<?> command) {
        String name = command.getClass().getSimpleName();
        return name.endsWith("QueryImpl") || name.startsWith("Get") || name.startsWith("Historic");
    }
}
