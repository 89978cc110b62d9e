package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupporterRequestRepository extends JpaRepository<SupporterRequest, Long> {
    List<SupporterRequest> findByConferenceIdOrderById(Long conferenceId);
    List<SupporterRequest> findByCaseIdOrderById(Long caseId);
}
