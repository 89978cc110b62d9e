package uk.gov.childprotection.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

    List<Conference> findByCaseIdOrderByIdAsc(Long caseId);

    /** The children's records held with a meeting. */
    List<Conference> findByHeldWithIdOrderByIdAsc(Long meetingId);

    /** Meetings of these cases, of a type, in these states: a household's meeting a brother or sister can join. */
    List<Conference> findByCaseIdInAndHeldWithIdIsNullAndConferenceTypeAndStatusInOrderByIdAsc(
            java.util.Collection<Long> caseIds, ConferenceType type, java.util.Collection<ConferenceStatus> statuses);

    /** Each case's latest conference's Chair, as (case id, Chair): whose children each Chair has now. */
    @org.springframework.data.jpa.repository.Query("select c.caseId, c.chair from Conference c where c.id in "
            + "(select max(l.id) from Conference l group by l.caseId)")
    List<Object[]> latestChairOfEachCase();
}
