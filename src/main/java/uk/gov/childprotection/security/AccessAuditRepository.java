package uk.gov.childprotection.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessAuditRepository extends JpaRepository<AccessAudit, Long> {

    List<AccessAudit> findByCaseReferenceOrderById(String caseReference);

    List<AccessAudit> findTop500ByOrderByIdDesc();
}
