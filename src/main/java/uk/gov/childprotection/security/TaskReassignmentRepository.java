package uk.gov.childprotection.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReassignmentRepository extends JpaRepository<TaskReassignment, Long> {

    List<TaskReassignment> findByCaseReferenceOrderById(String caseReference);
}
