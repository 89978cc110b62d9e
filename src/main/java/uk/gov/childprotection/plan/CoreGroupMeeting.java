package uk.gov.childprotection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A core group meeting: who attended and what was said; the progress of each action is kept beside it. */
@Entity
public class CoreGroupMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long planId;
    @Column(nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false)
    private boolean firstMeeting;
    @Column(nullable = false)
    private String attendees;
    private String notes;
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected CoreGroupMeeting() {
    }

    CoreGroupMeeting(Long planId, LocalDate meetingDate, boolean firstMeeting, String attendees, String notes,
            String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.meetingDate = meetingDate;
        this.firstMeeting = firstMeeting;
        this.attendees = attendees;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public boolean isFirstMeeting() { return firstMeeting; }
    public String getAttendees() { return attendees; }
    public String getNotes() { return notes; }
    public String getRecordedBy() { return recordedBy; }
}
