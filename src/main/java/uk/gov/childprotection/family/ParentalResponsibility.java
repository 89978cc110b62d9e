package uk.gov.childprotection.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a person of the household stands to one child: their relationship, and whether they hold parental responsibility. */
@Entity
@Table(name = "parental_responsibility")
public class ParentalResponsibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long personId;
    @Column(nullable = false)
    private Long childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship;
    @Column(name = "has_responsibility", nullable = false)
    private boolean hasResponsibility;
    /** Why the Chair has the letters about this child sent to this person, who does not hold responsibility. */
    private String lettersReason;
    private String lettersReasonBy;

    protected ParentalResponsibility() {
    }

    ParentalResponsibility(Long personId, Long childId, Relationship relationship, boolean hasResponsibility) {
        this.personId = personId;
        this.childId = childId;
        set(relationship, hasResponsibility);
    }

    void set(Relationship relationship, boolean hasResponsibility) {
        this.relationship = relationship;
        this.hasResponsibility = hasResponsibility;
    }

    void writeAboutThisChild(String reason, String chair) {
        this.lettersReason = reason;
        this.lettersReasonBy = chair;
    }

    /** Whether letters about this child go to this person: they hold responsibility, or the Chair gave a reason. */
    public boolean getsLetters() {
        return hasResponsibility || lettersReason != null;
    }

    public Long getId() { return id; }
    public String getLettersReason() { return lettersReason; }
    public String getLettersReasonBy() { return lettersReasonBy; }
    public Long getPersonId() { return personId; }
    public Long getChildId() { return childId; }
    public Relationship getRelationship() { return relationship; }
    public boolean hasResponsibility() { return hasResponsibility; }
}
