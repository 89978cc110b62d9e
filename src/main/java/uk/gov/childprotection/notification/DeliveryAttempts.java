package uk.gov.childprotection.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.NotFoundException;

/**
 * The log of email attempts, each written in its own transaction (committed whatever becomes of the job's): the
 * attempt before the mail goes, so that a job that fails after the mail server took the mail, and runs again,
 * sees that it may have gone and does not send a second copy.
 */
@Component
public class DeliveryAttempts {

    public enum Outcome {
        /** Recorded as ATTEMPTED: send it now. */
        SEND,
        /** Already sent, posted or logged: nothing to do. */
        DONE,
        /** An earlier attempt may have gone: not sent again, left for a paper copy (status UNCONFIRMED). */
        UNCONFIRMED
    }

    private final DeliveryRepository deliveries;
    private final Today today;

    DeliveryAttempts(DeliveryRepository deliveries, Today today) {
        this.deliveries = deliveries;
        this.today = today;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome begin(Long deliveryId) {
        Delivery delivery = find(deliveryId);
        return switch (delivery.getStatus()) {
            case PENDING -> {
                delivery.markAttempted(today.now().toInstant());
                yield Outcome.SEND;
            }
            case ATTEMPTED -> {
                delivery.markUnconfirmed(today.now().toInstant());
                yield Outcome.UNCONFIRMED;
            }
            case UNCONFIRMED -> Outcome.UNCONFIRMED;
            default -> Outcome.DONE;
        };
    }

    /** The mail server refused the mail (so it did not go): back to PENDING, and the next try may send it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Long deliveryId, String reason) {
        Delivery delivery = find(deliveryId);
        if (delivery.getStatus() == Delivery.Status.ATTEMPTED) {
            delivery.markRefused(reason);
        }
    }

    private Delivery find(Long deliveryId) {
        return deliveries.findById(deliveryId)
                .orElseThrow(() -> new NotFoundException("There is no delivery " + deliveryId));
    }
}
