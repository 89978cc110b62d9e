package uk.gov.childprotection.family;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParentalResponsibilityRepository extends JpaRepository<ParentalResponsibility, Long> {
    List<ParentalResponsibility> findByPersonIdInOrderByIdAsc(Collection<Long> personIds);

    List<ParentalResponsibility> findByChildIdOrderByIdAsc(Long childId);

    Optional<ParentalResponsibility> findByPersonIdAndChildId(Long personId, Long childId);
}
