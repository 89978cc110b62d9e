package uk.gov.childprotection.notification;

/** The process "Send documents to participants" (processes/document-sending.bpmn). */
public final class SendingProcess {

    public static final String KEY = "document-sending";

    private SendingProcess() {
    }
}
