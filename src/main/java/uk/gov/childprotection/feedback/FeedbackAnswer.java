package uk.gov.childprotection.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What came back from one parent or child, without their name, their case or their conference: only the kind of
 * conference, whether a parent or the child answered, and the month, so that managers see answers per period and
 * no answer leads back to a family.
 */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {

    public enum Respondent { PARENT, CHILD }

    /** The answer to each question, as the page offers it. */
    public enum Choice { YES, PARTLY, NO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String conferenceType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondent respondent;
    /** The first day of the month it came in: never the day, which could match it to the person asked. */
    @Column(nullable = false)
    private LocalDate answeredInMonth;
    @Enumerated(EnumType.STRING)
    private Choice understood;
    @Enumerated(EnumType.STRING)
    private Choice listenedTo;
    @Enumerated(EnumType.STRING)
    private Choice reportsBefore;
    @Enumerated(EnumType.STRING)
    private Choice helpedToTakePart;
    @Column(length = 2000)
    private String wentWell;
    @Column(length = 2000)
    private String couldBeBetter;

    protected FeedbackAnswer() {
    }

    FeedbackAnswer(String conferenceType, Respondent respondent, LocalDate answeredOn, Choice understood,
            Choice listenedTo, Choice reportsBefore, Choice helpedToTakePart, String wentWell, String couldBeBetter) {
        this.conferenceType = conferenceType;
        this.respondent = respondent;
        this.answeredInMonth = answeredOn.withDayOfMonth(1);
        this.understood = understood;
        this.listenedTo = listenedTo;
        this.reportsBefore = reportsBefore;
        this.helpedToTakePart = helpedToTakePart;
        this.wentWell = wentWell;
        this.couldBeBetter = couldBeBetter;
    }

    public Long getId() { return id; }
    public String getConferenceType() { return conferenceType; }
    public Respondent getRespondent() { return respondent; }
    public LocalDate getAnsweredInMonth() { return answeredInMonth; }
    public Choice getUnderstood() { return understood; }
    public Choice getListenedTo() { return listenedTo; }
    public Choice getReportsBefore() { return reportsBefore; }
    public Choice getHelpedToTakePart() { return helpedToTakePart; }
    public String getWentWell() { return wentWell; }
    public String getCouldBeBetter() { return couldBeBetter; }
}
