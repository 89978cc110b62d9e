package uk.gov.childprotection.recording;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRecordingRepository extends JpaRepository<ConferenceRecording, Long> {
    List<ConferenceRecording> findByConferenceIdOrderById(Long conferenceId);
    List<ConferenceRecording> findByCaseIdOrderById(Long caseId);
}
