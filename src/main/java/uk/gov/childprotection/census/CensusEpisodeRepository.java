package uk.gov.childprotection.census;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CensusEpisodeRepository extends JpaRepository<CensusEpisode, Long> {
}
