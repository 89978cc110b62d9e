package uk.gov.childprotection.feedback;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackAnswerRepository extends JpaRepository<FeedbackAnswer, Long> {

    List<FeedbackAnswer> findByAnsweredInMonthBetweenOrderByAnsweredInMonthAscIdAsc(LocalDate from, LocalDate to);
}
