package uk.gov.childprotection.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    Optional<FeedbackRequest> findByToken(String token);

    Optional<FeedbackRequest> findByConferenceIdAndParticipantId(Long conferenceId, Long participantId);

    long countByAskedOnBetween(LocalDate from, LocalDate to);
}
