package uk.gov.childprotection.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoreGroupMeetingRepository extends JpaRepository<CoreGroupMeeting, Long> {

    List<CoreGroupMeeting> findByPlanIdOrderByMeetingDateAscIdAsc(Long planId);
}
