package uk.gov.childprotection.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The one message every document-writing job fails with, once its retries are spent an incident in Cockpit: what
 * could not be written, for which case, why, and what to do.
 */
public final class DocumentJobs {

    private DocumentJobs() {
    }

    /** "The transfer pack of case CP-2026-00001 could not be written (cause). Retry the job in Cockpit ...". */
    public static IllegalStateException notWritten(String what, DelegateExecution execution, RuntimeException cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return new IllegalStateException("The " + what + " of case " + execution.getBusinessKey()
                + " could not be written (" + reason + "). Retry the job in Cockpit once the cause is fixed.", cause);
    }
}
