package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByConferenceIdOrderByIdAsc(Long conferenceId);

    /** Where an agency was invited and asked for its report, newest first. */
    List<Participant> findByKindAndAgencyAndReportRequestedDateNotNullOrderByIdDesc(Participant.Kind kind,
            Agency agency);
}
