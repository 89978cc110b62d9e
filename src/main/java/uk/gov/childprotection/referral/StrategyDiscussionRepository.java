package uk.gov.childprotection.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyDiscussionRepository extends JpaRepository<StrategyDiscussion, Long> {
    Optional<StrategyDiscussion> findByCaseId(Long caseId);
}
