package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildRepository extends JpaRepository<Child, Long> {

    Optional<Child> findFirstByGivenNameIgnoreCaseAndFamilyNameIgnoreCaseAndDateOfBirthOrderByIdAsc(
            String givenName, String familyName, LocalDate dateOfBirth);

    java.util.List<Child> findByFamilyIdOrderByIdAsc(Long familyId);
}
