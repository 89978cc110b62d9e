package uk.gov.childprotection.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SendingRepository extends JpaRepository<Sending, Long> {

    List<Sending> findByCaseIdOrderById(Long caseId);

    List<Sending> findByConferenceIdAndPurposeOrderById(Long conferenceId, Sending.Purpose purpose);
}
