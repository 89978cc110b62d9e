package uk.gov.childprotection.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A parent's wish to bring a supporter or solicitor to the conference (seeds 000, 002, 003, 004), and the Chair's
 * decision before it: agreed, or refused with the explanation the parent is given (seed 004: "the Chair will give
 * you an explanation").
 */
@Entity
@Table(name = "supporter_request")
public class SupporterRequest {

    /** Who the supporter is; a solicitor supports the parent, and does not represent them (seed 003). */
    public enum Role {
        FRIEND_OR_RELATIVE("a friend or relative"), SOLICITOR("a solicitor"), ADVOCATE("an advocate");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision { AGREED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private Long participantId;
    @Column(nullable = false)
    private String supporterName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role supporterRole;
    @Column(nullable = false)
    private LocalDate requestedOn;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String explanation;
    private String decidedBy;
    private LocalDate decidedOn;

    protected SupporterRequest() {
    }

    SupporterRequest(Long caseId, Long conferenceId, Long participantId, String supporterName, Role supporterRole,
            LocalDate requestedOn, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.conferenceId = conferenceId;
        this.participantId = participantId;
        this.supporterName = supporterName;
        this.supporterRole = supporterRole;
        this.requestedOn = requestedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void decide(Decision decision, String explanation, String by, LocalDate on) {
        this.decision = decision;
        this.explanation = explanation;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getParticipantId() { return participantId; }
    public String getSupporterName() { return supporterName; }
    public Role getSupporterRole() { return supporterRole; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Decision getDecision() { return decision; }
    public String getExplanation() { return explanation; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
