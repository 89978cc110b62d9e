package uk.gov.childprotection.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One participant's Signs of Safety scaling: 0 = very worried, 10 = safe. */
@Entity
@Table(name = "conference_scaling")
public class ScalingScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private String participant;
    @Column(nullable = false)
    private int score;
    /** Scaling about this child alone (in a household's conference); otherwise the family's. */
    @Column(nullable = false)
    private boolean childOnly;

    protected ScalingScore() {
    }

    ScalingScore(Long conferenceId, String participant, int score) {
        this(conferenceId, participant, score, false);
    }

    ScalingScore(Long conferenceId, String participant, int score, boolean childOnly) {
        this.conferenceId = conferenceId;
        this.participant = participant;
        this.score = score;
        this.childOnly = childOnly;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public String getParticipant() { return participant; }
    public int getScore() { return score; }
    public boolean isChildOnly() { return childOnly; }
}
