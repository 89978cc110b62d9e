package uk.gov.childprotection.common;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The few variables a process keeps (DESIGN.md: ids and decisions), read in one place by every delegate and
 * listener. A missing id is a modelling error, reported by name.
 */
public final class ProcessVariables {

    /**
     * The variables only the server sets: the ids that say whose case, conference, plan or letter a process is
     * about, the deadline a delay reason belongs to, and the outcomes the server decides. A submission, or a
     * person through an engine door, that carries one is refused (EngineIdGuard): otherwise a form could make
     * a process write into another child's record.
     */
    public static final java.util.Set<String> SERVER_SET = java.util.Set.of("caseReference", "conferenceId",
            "planId", "meetingId", "sendingId", "amendmentRequestId", "complaintId", "audioRequestId", "supporterRequestId", "agencyReportId", "conferenceType", "deadlineKind",
            "referralOutcome", "amendmentAccepted", "complaintStage", "parentStillUnhappy", "formalComplaint",
            "complaintAboutConference", "panelRecommendsReconsideration", "audioReleased", "supporterAgreed", "proposedAgencies",
            "agencyReportSent");

    private ProcessVariables() {
    }

    public static String caseReference(VariableScope scope) {
        Object reference = scope.getVariable("caseReference");
        if (reference == null) {
            throw new IllegalStateException("The process has no caseReference");
        }
        return reference.toString();
    }

    public static Long conferenceId(VariableScope scope) {
        return id(scope, "conferenceId");
    }

    public static Long planId(VariableScope scope) {
        return id(scope, "planId");
    }

    public static Long sendingId(VariableScope scope) {
        return id(scope, "sendingId");
    }

    public static Long amendmentRequestId(VariableScope scope) {
        return id(scope, "amendmentRequestId");
    }

    public static Long supporterRequestId(VariableScope scope) {
        return id(scope, "supporterRequestId");
    }

    public static Long audioRequestId(VariableScope scope) {
        return id(scope, "audioRequestId");
    }

    public static Long agencyReportId(VariableScope scope) {
        return id(scope, "agencyReportId");
    }

    public static Long complaintId(VariableScope scope) {
        return id(scope, "complaintId");
    }

    /** The core group meeting just recorded (set by "Hold core group meeting", read by its minutes). */
    public static Long meetingId(VariableScope scope) {
        return id(scope, "meetingId");
    }

    private static Long id(VariableScope scope, String name) {
        Object id = scope.getVariable(name);
        if (id instanceof Number number) {
            return number.longValue();
        }
        if (id != null) {
            return Long.valueOf(id.toString());
        }
        throw new IllegalStateException("The process has no " + name);
    }
}
