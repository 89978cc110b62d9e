package uk.gov.childprotection.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByIdAsc(Long planId);
}
