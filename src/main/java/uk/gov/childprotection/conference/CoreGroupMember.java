package uk.gov.childprotection.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A member of the core group the conference named: family and professionals who deliver the plan. */
@Entity
public class CoreGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long conferenceId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String role;

    protected CoreGroupMember() {
    }

    CoreGroupMember(Long conferenceId, String name, String role) {
        this.conferenceId = conferenceId;
        this.name = name;
        this.role = role;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public String getName() { return name; }
    public String getRole() { return role; }
}
