package uk.gov.childprotection.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<ChildProtectionCase, Long> {

    @EntityGraph(attributePaths = "child")
    Optional<ChildProtectionCase> findByReference(String reference);

    @EntityGraph(attributePaths = "child")
    java.util.List<ChildProtectionCase> findByChildFamilyIdOrderByIdAsc(Long familyId);

    /** Every case with its child, in one query (the managers' monitoring reads them all). */
    @EntityGraph(attributePaths = "child")
    @org.springframework.data.jpa.repository.Query("select c from ChildProtectionCase c")
    java.util.List<ChildProtectionCase> findAllWithChild();
}
