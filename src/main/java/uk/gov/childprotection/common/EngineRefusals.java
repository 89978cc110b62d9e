package uk.gov.childprotection.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A refusal is an answer, not an engine failure. Three things make it so:
 * <ul>
 * <li>the engine wraps whatever a task or execution listener throws in a plain ProcessEngineException ("Exception
 * while invoking TaskListener"), which both REST doors answer with a 500 and a logged stack trace; the refusal
 * is unwrapped here, inside the command, so /engine-rest and Tasklist's door answer its own 400 (a
 * FormFieldValidationException) and a Java caller catches the {@link InvalidSubmissionException} itself;</li>
 * <li>the engine logs every failed command as an ERROR with its stack trace, a refusal or conflict included; a
 * refusal ({@link InvalidSubmissionException}, {@link ConflictException}, {@link NotFoundException}) is logged
 * by the engine at DEBUG only, and once, as one line, by the door that answers it (so is a message the
 * application passes on for an outside event that nothing waits for: the application answers it with a 409);</li>
 * <li>two people completing the same task at once: the loser's completion fails on the task row's version
 * (OptimisticLockingException) or finds the task gone; through an engine door that is a 409 with a plain
 * message, not a 500.</li>
 * </ul>
 */
@Component
class EngineRefusals extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRefusals.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new java.util.ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Unwrap());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new LostRace(configuration));
        CommandContextFactory quiet = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new QuietRefusals(processEngineConfiguration);
            }
        };
        quiet.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(quiet);
    }

    /** The refusal inside whatever the engine wrapped it in; null when the failure is no refusal. */
    static RuntimeException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidSubmissionException || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }

    /** Inside the command context: the listener's refusal travels on as itself. */
    static class Unwrap extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException wrapped) {
                RuntimeException refusal = refusal(wrapped);
                if (refusal == null || refusal == wrapped) {
                    throw wrapped;
                }
                // The refusal again, on top, with what the engine made of it as its cause (the original stays the
                // root cause for a caller that looks there).
                RuntimeException answer = refusal instanceof InvalidSubmissionException invalid
                        ? new InvalidSubmissionException(invalid.fieldErrors())
                        : refusal instanceof ConflictException ? new ConflictException(refusal.getMessage())
                        : new NotFoundException(refusal.getMessage());
                answer.initCause(wrapped);
                throw answer;
            }
        }
    }

    /** The engine logs a refusal at DEBUG: the door that answers it logs the one line. */
    static class QuietRefusals extends CommandContext {
        QuietRefusals(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || refusal(exception) != null || lostRace(exception)
                    // An outside event the application passed on, that no process of the case waits for: the
                    // application answers it (409, logged once there); it is no engine failure.
                    || exception instanceof org.camunda.bpm.engine.MismatchingMessageCorrelationException
                    && ApplicationAuthority.active();
        }
    }

    /** Outside the transaction: a completion that lost to another, through an engine door, is a 409. */
    static class LostRace extends CommandInterceptor {
        private final ProcessEngineConfigurationImpl configuration;

        LostRace(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
                String door = completion ? door() : null;
                if (door == null) {
                    throw failure;
                }
                String taskId = taskId(command);
                // Whatever failed (the task row's version, the task already gone, the domain row the winner
                // wrote, "already recorded"): when the task has meanwhile been completed, this completion lost
                // the race. The winner's commit also takes away the task's grants, so a loser's rights check can
                // fail first: a lost race then only for someone the task was offered to.
                boolean lost = completedBefore(taskId) && (!(failure instanceof
                        org.camunda.bpm.engine.AuthorizationException) || offeredToCaller(taskId));
                if (!lost && (refusal(failure) != null
                        || failure instanceof org.camunda.bpm.engine.AuthorizationException)) {
                    throw failure;
                }
                if (lost) {
                    LOG.info("Completion of task {} lost to another at the same moment ({}): answered 409",
                            taskId, door);
                    throw new InvalidRequestException(Response.Status.CONFLICT, "Someone else completed this task "
                            + "at the same moment; it is done and your submission was not saved. Refresh the task "
                            + "list to see what to do next.");
                }
                if (has(failure, OptimisticLockingException.class)) {
                    LOG.info("Task {} changed by another at the same moment ({}): answered 409", taskId, door);
                    throw new InvalidRequestException(Response.Status.CONFLICT, "Someone else changed this task at "
                            + "the same moment, and your submission was not saved. Open the task again and submit.");
                }
                if (lostRace(failure)) {
                    LOG.info("No open task {} to complete ({}): answered 404", taskId, door);
                    throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no open task " + taskId
                            + ".");
                }
                throw failure;
            }
        }

        /** The task ended already (in the history); read past the caller's rights: only the answer depends on it. */
        private boolean completedBefore(String taskId) {
            if (taskId == null) {
                return false;
            }
            return Boolean.TRUE.equals(configuration.getCommandExecutorTxRequired().execute(context -> {
                var ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
                return ended != null && ended.getEndTime() != null;
            }));
        }

        /** The caller was the task's assignee or in one of its candidate groups (from the task's history). */
        private boolean offeredToCaller(String taskId) {
            var caller = configuration.getIdentityService().getCurrentAuthentication();
            if (caller == null || caller.getUserId() == null) {
                return false;
            }
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            return Boolean.TRUE.equals(configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                return configuration.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId)
                        .list().stream().anyMatch(link -> caller.getUserId().equals(link.getUserId())
                                || link.getGroupId() != null && groups.contains(link.getGroupId()));
            }));
        }

        private static String taskId(Command<?> command) {
            try {
                java.lang.reflect.Field field = command.getClass().getDeclaredField("taskId");
                field.setAccessible(true);
                return (String) field.get(command);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The version check failed, or the task was no longer there when the completion looked for it. */
    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
            if (cause instanceof NullValueException && cause.getMessage() != null
                    && cause.getMessage().contains("Cannot find task")) {
                return true;
            }
        }
        return false;
    }

    /** The engine door of the request on this thread (/engine-rest or Tasklist's), or null for any other caller. */
    private static String door() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI();
            if (path.startsWith(request.getContextPath() + "/engine-rest/")
                    || path.startsWith(request.getContextPath() + "/camunda/api/engine/")) {
                return request.getMethod() + " " + path;
            }
        }
        return null;
    }
}
