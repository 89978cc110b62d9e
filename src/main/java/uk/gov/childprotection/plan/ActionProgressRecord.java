package uk.gov.childprotection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The progress of one action as recorded at one core group meeting: the plan's history, meeting by meeting. */
@Entity
@Table(name = "action_progress")
public class ActionProgressRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long meetingId;
    @Column(nullable = false)
    private Long actionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionProgress progress;

    protected ActionProgressRecord() {
    }

    ActionProgressRecord(Long meetingId, Long actionId, ActionProgress progress) {
        this.meetingId = meetingId;
        this.actionId = actionId;
        this.progress = progress;
    }

    public Long getMeetingId() { return meetingId; }
    public Long getActionId() { return actionId; }
    public ActionProgress getProgress() { return progress; }
}
