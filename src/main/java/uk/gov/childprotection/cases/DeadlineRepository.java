package uk.gov.childprotection.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<StatutoryDeadline, Long> {

    List<StatutoryDeadline> findByCaseIdOrderByDueDateAscIdAsc(Long caseId);

    Optional<StatutoryDeadline> findFirstByCaseIdAndKindOrderByIdDesc(Long caseId, DeadlineKind kind);
}
