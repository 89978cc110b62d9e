package uk.gov.childprotection.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatutoryVisitRepository extends JpaRepository<StatutoryVisit, Long> {

    List<StatutoryVisit> findByPlanIdOrderByVisitDateAscIdAsc(Long planId);
}
