package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<StatutoryDeadline, Long> {

    List<StatutoryDeadline> findByCaseIdOrderByDueDateAscIdAsc(Long caseId);

    /** Every deadline of these kinds, of every case (the census return reads them once). */
    List<StatutoryDeadline> findByKindIn(java.util.Collection<DeadlineKind> kinds);

    Optional<StatutoryDeadline> findFirstByCaseIdAndKindOrderByIdDesc(Long caseId, DeadlineKind kind);

    /** What a period's monitoring reads: the deadlines met in it, and every one still open. */
    @org.springframework.data.jpa.repository.Query("select new uk.gov.childprotection.cases.DeadlineRow(d.caseId, "
            + "d.kind, d.dueDate, d.metDate, d.closedDate, d.delayReason) from StatutoryDeadline d where "
            + "(d.metDate >= :from and d.metDate <= :to) or (d.metDate is null and d.closedDate is null)")
    List<DeadlineRow> metBetweenOrOpen(@org.springframework.data.repository.query.Param("from") LocalDate from,
            @org.springframework.data.repository.query.Param("to") LocalDate to);
}
