package uk.gov.childprotection.amendment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AmendmentRequestRepository extends JpaRepository<AmendmentRequest, Long> {

    List<AmendmentRequest> findByCaseIdOrderById(Long caseId);
}
