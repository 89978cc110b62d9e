package uk.gov.childprotection.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One child's episode of care, from referral to closure. Its reference is the business key of every process. */
@Entity
@Table(name = "cp_case")
public class ChildProtectionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_case_seq")
    @SequenceGenerator(name = "cp_case_seq", sequenceName = "cp_case_seq", allocationSize = 1)
    private Long id;
    @Column(nullable = false, unique = true)
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    private Child child;
    @Column(nullable = false)
    private LocalDate referralDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource referralSource;
    @Column(nullable = false)
    private String concerns;
    @Convert(converter = Circumstance.ListConverter.class)
    private List<Circumstance> circumstances = List.of();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStage stage;
    private String socialWorker;
    private String teamManager;
    @Column(name = "referral_nfa", nullable = false)
    private boolean referralNfa;
    @Column(name = "icpc_not_required")
    private Boolean icpcNotRequired;
    private String transferInFrom;
    private LocalDate transferInNotifiedDate;
    private LocalDate closureDate;
    @Enumerated(EnumType.STRING)
    private ClosureReason closureReason;
    @Column(nullable = false)
    private Instant openedAt;
    @Version
    private long version;

    protected ChildProtectionCase() {
    }

    public ChildProtectionCase(Child child, LocalDate referralDate, ReferralSource referralSource, String concerns,
            List<Circumstance> circumstances, String socialWorker, String teamManager, Instant openedAt) {
        this.child = child;
        this.referralDate = referralDate;
        this.referralSource = referralSource;
        this.concerns = concerns;
        this.circumstances = List.copyOf(circumstances);
        this.socialWorker = socialWorker;
        this.teamManager = teamManager;
        this.openedAt = openedAt;
        this.stage = CaseStage.STRATEGY_DISCUSSION;
    }

    @PrePersist
    void assignReference() {
        // The id comes from the sequence before the insert, so the reference is known in the same statement.
        reference = "CP-" + referralDate.getYear() + "-" + String.format("%05d", id);
    }

    /** The child arrived on a plan from another council: the case starts with a transfer-in conference. */
    void transferredIn(String fromCouncil, LocalDate notifiedDate) {
        this.transferInFrom = fromCouncil;
        this.transferInNotifiedDate = notifiedDate;
        this.stage = CaseStage.TRANSFER_IN_CONFERENCE;
    }

    public boolean isTransferIn() {
        return transferInFrom != null;
    }

    public void moveTo(CaseStage next) {
        if (stage == CaseStage.CLOSED) {
            throw new IllegalStateException("Case " + reference + " is closed");
        }
        this.stage = next;
    }

    public void recordReferralNfa() {
        this.referralNfa = true;
    }

    public void recordIcpcRequired(boolean required) {
        this.icpcNotRequired = !required;
    }

    public void close(LocalDate date, ClosureReason reason) {
        moveTo(CaseStage.CLOSED);
        this.closureDate = date;
        this.closureReason = reason;
    }

    public boolean isAllocatedTo(String userId) {
        return userId != null && (userId.equals(socialWorker) || userId.equals(teamManager));
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public Child getChild() { return child; }
    public LocalDate getReferralDate() { return referralDate; }
    public ReferralSource getReferralSource() { return referralSource; }
    public String getConcerns() { return concerns; }
    public List<Circumstance> getCircumstances() { return circumstances; }
    public CaseStage getStage() { return stage; }
    /** The case given to another social worker or team manager (a null keeps that one). */
    void allocate(String newSocialWorker, String newTeamManager) {
        if (newSocialWorker != null) {
            this.socialWorker = newSocialWorker;
        }
        if (newTeamManager != null) {
            this.teamManager = newTeamManager;
        }
    }

    public String getSocialWorker() { return socialWorker; }
    public String getTeamManager() { return teamManager; }
    public boolean isReferralNfa() { return referralNfa; }
    public Boolean getIcpcNotRequired() { return icpcNotRequired; }
    public LocalDate getClosureDate() { return closureDate; }
    public String getTransferInFrom() { return transferInFrom; }
    public LocalDate getTransferInNotifiedDate() { return transferInNotifiedDate; }
    public ClosureReason getClosureReason() { return closureReason; }
    public Instant getOpenedAt() { return openedAt; }
}
