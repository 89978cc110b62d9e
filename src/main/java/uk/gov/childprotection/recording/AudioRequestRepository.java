package uk.gov.childprotection.recording;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AudioRequestRepository extends JpaRepository<AudioRequest, Long> {
    List<AudioRequest> findByCaseIdOrderById(Long caseId);
}
