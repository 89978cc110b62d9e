package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildViewsRepository extends JpaRepository<ChildViews, Long> {
    List<ChildViews> findByConferenceIdOrderById(Long conferenceId);
}
