package uk.gov.childprotection.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByEventDateAscIdAsc(Long caseId);

    Optional<CaseEvent> findFirstByCaseIdAndKindOrderByIdDesc(Long caseId, CaseEvent.Kind kind);
}
