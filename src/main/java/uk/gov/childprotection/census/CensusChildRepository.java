package uk.gov.childprotection.census;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CensusChildRepository extends JpaRepository<CensusChild, Long> {
}
