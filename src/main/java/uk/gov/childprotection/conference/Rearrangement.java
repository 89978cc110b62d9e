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
 * A booked conference moved to another day (seed 002): the booking before and after, why, who asked, and what
 * the new day does to the statutory date (working days after it; 0 when still in time).
 */
@Entity
@Table(name = "conference_rearrangement")
public class Rearrangement {

    /** Who asked for it: the leaflet's cases are a parent who cannot come and a Chair who is ill. */
    public enum AskedBy { PARENT, CHAIR, SOCIAL_WORKER, AGENCY, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private LocalDate previousDate;
    private String previousTime;
    private String previousChair;
    @Column(nullable = false)
    private LocalDate newDate;
    private String newTime;
    private String newChair;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AskedBy askedBy;
    private LocalDate statutoryDate;
    private int workingDaysLate;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected Rearrangement() {
    }

    Rearrangement(Long conferenceId, Conference before, Booking after, String reason, AskedBy askedBy,
            LocalDate statutoryDate, int workingDaysLate, String recordedBy, Instant recordedAt) {
        this.conferenceId = conferenceId;
        this.previousDate = before.getScheduledDate();
        this.previousTime = before.getScheduledTime();
        this.previousChair = before.getChair();
        this.newDate = after.date();
        this.newTime = after.time();
        this.newChair = after.chair();
        this.reason = reason;
        this.askedBy = askedBy;
        this.statutoryDate = statutoryDate;
        this.workingDaysLate = workingDaysLate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean isLate() { return workingDaysLate > 0; }
    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public LocalDate getPreviousDate() { return previousDate; }
    public String getPreviousTime() { return previousTime; }
    public String getPreviousChair() { return previousChair; }
    public LocalDate getNewDate() { return newDate; }
    public String getNewTime() { return newTime; }
    public String getNewChair() { return newChair; }
    public String getReason() { return reason; }
    public AskedBy getAskedBy() { return askedBy; }
    public LocalDate getStatutoryDate() { return statutoryDate; }
    public int getWorkingDaysLate() { return workingDaysLate; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
