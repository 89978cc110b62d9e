package uk.gov.childprotection.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildProtectionPlanRepository extends JpaRepository<ChildProtectionPlan, Long> {

    List<ChildProtectionPlan> findByChildIdOrderByStartDateAsc(Long childId);

    List<ChildProtectionPlan> findByCaseIdOrderByStartDateAsc(Long caseId);

    Optional<ChildProtectionPlan> findFirstByChildIdAndEndDateIsNull(Long childId);

    long countByChildIdAndEndDateIsNotNull(Long childId);
}
