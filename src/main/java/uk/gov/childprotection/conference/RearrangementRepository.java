package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RearrangementRepository extends JpaRepository<Rearrangement, Long> {
    List<Rearrangement> findByConferenceIdOrderById(Long conferenceId);
}
