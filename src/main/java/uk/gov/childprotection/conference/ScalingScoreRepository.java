package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScalingScoreRepository extends JpaRepository<ScalingScore, Long> {

    List<ScalingScore> findByConferenceIdOrderByIdAsc(Long conferenceId);
}
