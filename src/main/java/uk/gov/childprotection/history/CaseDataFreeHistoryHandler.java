package uk.gov.childprotection.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionOutputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;

/**
 * The engine's history without the case: a filter in front of the engine's own {@code DbHistoryEventHandler}
 * that lets through who did which task when (process, activity and task instances with their assignees and
 * times, identity links, incidents, the job log, the user operation log) and the few variables the processes
 * decide on, and nothing that a form submits or shows. The domain tables keep the record; the engine's history
 * is kept for ten years (cpc.retention) and is read in Cockpit and at /engine-rest/history by people who work
 * across cases, so case data there would outlive its purpose and escape the case rules.
 *
 * <p>Per history event:
 * <ul>
 * <li>variable instance create, update, delete, migrate (ACT_HI_VARINST and ACT_HI_DETAIL): kept only for
 * {@link #KEPT_VARIABLES} of the process (never a task-local variable: those are a form's prefill or what
 * Tasklist submits onto the task). The test is on the variable's name and scope, which never change in its
 * life, so its create, its updates and its delete are all kept or all dropped: a dropped create followed by a
 * kept update or delete would make the engine update a row that is not there;</li>
 * <li>form property updates (ACT_HI_DETAIL, every text field of every Tasklist submission): all dropped; the
 * decisions among them are kept as variables;</li>
 * <li>DMN evaluations: the evaluation is kept (which table and version decided, when, in which activity), its
 * input and output values are not. The inputs of {@code conference-invitees} are the child's age and the
 * circumstances (domestic abuse, parental mental health, a parent on probation...), and its outputs name the
 * same facts again ("domestic abuse service", "probation", "midwife" for an unborn child); the proposal itself
 * is kept on the conference in the domain;</li>
 * <li>job log and incidents (ACT_HI_JOB_LOG, ACT_HI_INCIDENT): kept, but a failure's exception message and
 * stack trace are not. Our job failures name the participant whose copy did not go (name and email), and a
 * mail server's refusal repeats the address. While the job or incident is open, Cockpit still shows its full
 * message and stack trace from the runtime tables (ACT_RU_JOB, ACT_RU_INCIDENT);</li>
 * <li>external task log: kept without error message and details (no process uses external tasks now);</li>
 * <li>everything else (process, activity, task instances, identity links, user operation log, batches): as
 * the engine writes it. The user operation log keeps which operation, by whom, on what; the engine puts no
 * variable values in it (setting or removing variables logs only that it happened). Task comments and
 * attachments, which would keep business text, are refused by {@link CaseDataFreeHistoryPlugin}.</li>
 * </ul>
 *
 * <p>Byte arrays (ACT_GE_BYTEARRAY): the handler writes those of variables itself, so a dropped variable event
 * writes none; a failure's stack trace and a decision value's serialised form are created before the handler
 * sees the event, still unflushed in the command's entity cache, and are discarded there.
 */
public class CaseDataFreeHistoryHandler implements HistoryEventHandler {

    /**
     * The only variables the engine's history keeps, with every value they take: ids that the server sets,
     * the decisions the gateways and timers read, and the engine's own multi-instance counters. Everything
     * else a process ever holds is a form's submission or prefill and is left out. A new id or decision that a
     * process designer wants Cockpit's history to show is added here, and nowhere else.
     */
    public static final Set<String> KEPT_VARIABLES = Set.of(
            // ids, set by the server (ProcessVariables)
            "caseReference", "conferenceId", "planId", "meetingId", "sendingId", "amendmentRequestId",
            "complaintId", "audioRequestId", "supporterRequestId",
            // the participant's copy one instance of "Email each participant's copy" sends (document-sending)
            "deliveryId",
            // decisions the gateways read
            "transferIn", // child-protection-case: a transfer-in goes straight to its conference
            "strategyDecision", "authorisation", // strategy-discussion: Section 47 enquiry? returned?
            "referralOutcome", // strategy-discussion's result, read by child-protection-case
            "conferenceType", // child-protection-conference: INITIAL, REVIEW or TRANSFER_IN
            "conferenceDecision", // child-protection-conference, -case and -plan: plan, child in need, relist...
            "caseDecision", // child-protection-case: the conference's decision, or the referral's without one
            "seekLegalAdvice", // child-protection-plan: after a review
            "amendmentAccepted", // record-amendment
            // parent-complaint: where it began, and each step's outcome
            "complaintStage", "parentStillUnhappy", "formalComplaint", "complaintAboutConference",
            "panelRecommendsReconsideration",
            "audioReleased", // audio-request
            "supporterAgreed", // supporter-request
            "agencyReportSent", // agency-report
            // which timescale a timer or a delay-reason task is about (an enum, set by the model)
            "conferenceDeadlineKind", "deadlineKind",
            // the engine's multi-instance counters (document-sending's emails)
            "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

    /** What a failure's message becomes in the history. */
    static final String MESSAGE_NOT_KEPT = "(not kept in the history: it may name people; while the job or "
            + "incident is open Cockpit shows it in full)";

    private final HistoryEventHandler database;

    public CaseDataFreeHistoryHandler(HistoryEventHandler database) {
        this.database = database;
    }

    /** Whether the history keeps this variable: one of {@link #KEPT_VARIABLES}, of a process, not of a task. */
    public static boolean keeps(String variableName, String taskId) {
        return taskId == null && KEPT_VARIABLES.contains(variableName);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (keeps(variable.getVariableName(), variable.getTaskId())) {
                database.handleEvent(event);
            }
        } else if (event instanceof HistoricFormPropertyEventEntity) {
            return;
        } else if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
            withoutValues(evaluation.getRootHistoricDecisionInstance());
            evaluation.getRequiredHistoricDecisionInstances().forEach(this::withoutValues);
            database.handleEvent(event);
        } else if (event instanceof HistoricJobLogEvent job) {
            if (job.getJobExceptionMessage() != null) {
                job.setJobExceptionMessage(MESSAGE_NOT_KEPT);
            }
            discardByteArray(job.getExceptionByteArrayId());
            job.setExceptionByteArrayId(null);
            database.handleEvent(event);
        } else if (event instanceof HistoricIncidentEventEntity incident) {
            // Every event of an incident (create, resolve, delete, update) rewrites its whole row: cleared in each.
            if (incident.getIncidentMessage() != null) {
                incident.setIncidentMessage(MESSAGE_NOT_KEPT);
            }
            database.handleEvent(event);
        } else if (event instanceof HistoricExternalTaskLogEntity externalTask) {
            if (externalTask.getErrorMessage() != null) {
                externalTask.setErrorMessage(MESSAGE_NOT_KEPT);
            }
            discardByteArray(externalTask.getErrorDetailsByteArrayId());
            externalTask.setErrorDetailsByteArrayId(null);
            database.handleEvent(event);
        } else {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void withoutValues(HistoricDecisionInstanceEntity decision) {
        for (HistoricDecisionInputInstance input : decision.getInputs()) {
            discardByteArray(((HistoricDecisionInputInstanceEntity) input).getByteArrayValueId());
        }
        for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
            discardByteArray(((HistoricDecisionOutputInstanceEntity) output).getByteArrayValueId());
        }
        decision.setInputs(new ArrayList<>());
        decision.setOutputs(new ArrayList<>());
        decision.setCollectResultValue(null);
    }

    /** A byte array the producer created for this event, not yet written: it is dropped from the cache. */
    private static void discardByteArray(String id) {
        if (id == null) {
            return;
        }
        DbEntityManager db = Context.getCommandContext().getDbEntityManager();
        ByteArrayEntity bytes = db.getCachedEntity(ByteArrayEntity.class, id);
        if (bytes != null) {
            db.delete(bytes);
        }
    }
}
