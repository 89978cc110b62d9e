package uk.gov.childprotection.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildInNeedPlanRepository extends JpaRepository<ChildInNeedPlan, Long> {

    List<ChildInNeedPlan> findByCaseIdOrderByStartDateAsc(Long caseId);

    Optional<ChildInNeedPlan> findFirstByChildIdAndEndDateIsNull(Long childId);
}
