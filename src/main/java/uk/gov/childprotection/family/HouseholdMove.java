package uk.gov.childprotection.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A child's move from one household to another: a child lives in one household at a time. */
@Entity
@Table(name = "household_move")
public class HouseholdMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long childId;
    @Column(nullable = false)
    private Long fromFamilyId;
    @Column(nullable = false)
    private Long toFamilyId;
    @Column(nullable = false)
    private LocalDate movedOn;
    @Column(nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected HouseholdMove() {
    }

    HouseholdMove(Long childId, Long fromFamilyId, Long toFamilyId, LocalDate movedOn, String recordedBy,
            Instant recordedAt) {
        this.childId = childId;
        this.fromFamilyId = fromFamilyId;
        this.toFamilyId = toFamilyId;
        this.movedOn = movedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getChildId() { return childId; }
    public Long getFromFamilyId() { return fromFamilyId; }
    public Long getToFamilyId() { return toFamilyId; }
    public LocalDate getMovedOn() { return movedOn; }
    public String getRecordedBy() { return recordedBy; }
}
