package uk.gov.childprotection.agencyreport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyWorkerRepository extends JpaRepository<AgencyWorker, String> {

    List<AgencyWorker> findAllByOrderByUserIdAsc();
}
