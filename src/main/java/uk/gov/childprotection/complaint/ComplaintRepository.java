package uk.gov.childprotection.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {
    List<Complaint> findByCaseIdOrderById(Long caseId);
}
