package uk.gov.childprotection.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Email each participant's copy": one asynchronous instance per participant, so a refused mail retries on its
 * own and ends as an incident that names who did not get their copy.
 */
@Component("emailCopy")
class EmailCopyDelegate implements JavaDelegate {

    private final SendingService sendings;
    private final DeliveryRepository deliveries;

    EmailCopyDelegate(SendingService sendings, DeliveryRepository deliveries) {
        this.sendings = sendings;
        this.deliveries = deliveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long deliveryId = ((Number) execution.getVariable("deliveryId")).longValue();
        try {
            sendings.email(deliveryId);
        } catch (RuntimeException e) {
            String who = deliveries.findById(deliveryId).map(d -> d.getRecipientName() + " <" + d.getEmail() + ">")
                    .orElse("delivery " + deliveryId);
            throw new IllegalStateException("The copy for " + who + " in case " + execution.getBusinessKey()
                    + " could not be emailed (" + e.getMessage() + "). Check the address and the mail server, then "
                    + "retry the job in Cockpit.", e);
        }
    }
}
