package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoreGroupMemberRepository extends JpaRepository<CoreGroupMember, Long> {

    List<CoreGroupMember> findByConferenceIdOrderByIdAsc(Long conferenceId);
}
