package uk.gov.childprotection.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;

/**
 * Only the administrators execute a job by hand ({@code POST /job/{id}/execute}). The engine's own check runs
 * inside the job, where a refusal counts as a failed attempt and uses up the job's retries: a person without
 * the right could exhaust an 18th-birthday timer that way. So the refusal comes first, before the job starts,
 * and the engine's failed-job bookkeeping that follows it is skipped: a refused attempt was no attempt.
 */
class JobExecutionGuard extends CommandInterceptor {

    private static final ThreadLocal<Boolean> REFUSED = ThreadLocal.withInitial(() -> false);

    private final Supplier<IdentityService> identity;

    JobExecutionGuard(Supplier<IdentityService> identity) {
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof FailedJobListener && REFUSED.get()) {
            REFUSED.remove();
            return null;
        }
        if (command instanceof ExecuteJobsCmd) {
            Authentication caller = identity.get().getCurrentAuthentication();
            if (caller != null && (caller.getGroupIds() == null
                    || !caller.getGroupIds().contains(Roles.ADMINISTRATORS))) {
                REFUSED.set(true);
                throw new AuthorizationException("Only an administrator runs a job by hand; "
                        + caller.getUserId() + " is not one.");
            }
        }
        return next.execute(command);
    }
}
