package uk.gov.childprotection.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyPersonRepository extends JpaRepository<FamilyPerson, Long> {
    List<FamilyPerson> findByFamilyIdOrderByIdAsc(Long familyId);
}
