package uk.gov.childprotection.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Section47EnquiryRepository extends JpaRepository<Section47Enquiry, Long> {
    Optional<Section47Enquiry> findByCaseId(Long caseId);
}
