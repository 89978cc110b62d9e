package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByConferenceIdOrderByIdAsc(Long conferenceId);
}
