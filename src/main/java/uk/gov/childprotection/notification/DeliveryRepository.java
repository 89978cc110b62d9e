package uk.gov.childprotection.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    List<Delivery> findBySendingIdOrderById(Long sendingId);

    List<Delivery> findBySendingIdInOrderById(Collection<Long> sendingIds);
}
