package uk.gov.childprotection.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionProgressRecordRepository extends JpaRepository<ActionProgressRecord, Long> {

    List<ActionProgressRecord> findByMeetingIdOrderByIdAsc(Long meetingId);
}
