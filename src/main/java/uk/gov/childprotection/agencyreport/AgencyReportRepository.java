package uk.gov.childprotection.agencyreport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyReportRepository extends JpaRepository<AgencyReport, Long> {

    Optional<AgencyReport> findByParticipantId(Long participantId);

    List<AgencyReport> findByConferenceIdOrderByIdAsc(Long conferenceId);
}
