package uk.gov.childprotection.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A parent or child asked for feedback after a conference: the link's secret, until when it is open, and whether
 * they answered. What they answered is kept apart ({@link FeedbackAnswer}), with nothing that leads back here.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long participantId;
    /** The link's secret: 128 random bits, base64url; it is printed in the letter, so it is no more secret here. */
    @Column(nullable = false, unique = true)
    private String token;
    @Column(nullable = false)
    private LocalDate askedOn;
    @Column(nullable = false)
    private LocalDate openUntil;
    private LocalDate answeredOn;

    protected FeedbackRequest() {
    }

    FeedbackRequest(Long conferenceId, Long participantId, String token, LocalDate askedOn, LocalDate openUntil) {
        this.conferenceId = conferenceId;
        this.participantId = participantId;
        this.token = token;
        this.askedOn = askedOn;
        this.openUntil = openUntil;
    }

    void answered(LocalDate on) {
        this.answeredOn = on;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public Long getParticipantId() { return participantId; }
    public String getToken() { return token; }
    public LocalDate getAskedOn() { return askedOn; }
    public LocalDate getOpenUntil() { return openUntil; }
    public LocalDate getAnsweredOn() { return answeredOn; }
}
