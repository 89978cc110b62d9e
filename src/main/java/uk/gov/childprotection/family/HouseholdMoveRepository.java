package uk.gov.childprotection.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdMoveRepository extends JpaRepository<HouseholdMove, Long> {
    List<HouseholdMove> findByChildIdOrderByIdAsc(Long childId);
}
