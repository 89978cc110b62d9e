package uk.gov.childprotection.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A task given by a person to someone else (or handed back): the record a team manager's reassignment leaves. */
@Entity
public class TaskReassignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant happenedAt;
    private String caseReference;
    @Column(nullable = false)
    private String taskId;
    private String taskName;
    private String fromUser;
    private String toUser;
    @Column(nullable = false)
    private String byUser;

    protected TaskReassignment() {
    }

    TaskReassignment(Instant happenedAt, String caseReference, String taskId, String taskName, String fromUser,
            String toUser, String byUser) {
        this.happenedAt = happenedAt;
        this.caseReference = caseReference;
        this.taskId = taskId;
        this.taskName = taskName;
        this.fromUser = fromUser;
        this.toUser = toUser;
        this.byUser = byUser;
    }

    public Instant getHappenedAt() { return happenedAt; }
    public String getCaseReference() { return caseReference; }
    public String getTaskId() { return taskId; }
    public String getTaskName() { return taskName; }
    public String getFromUser() { return fromUser; }
    public String getToUser() { return toUser; }
    public String getByUser() { return byUser; }
}
