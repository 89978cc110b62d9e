package uk.gov.childprotection.agencyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.childprotection.conference.Agency;

/** An agency worker's account and the one agency whose conferences it sees, as an administrator set it. */
@Entity
@Table(name = "agency_worker")
public class AgencyWorker {

    @Id
    private String userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Agency agency;
    @Column(nullable = false)
    private String setBy;
    @Column(nullable = false)
    private Instant setAt;

    protected AgencyWorker() {
    }

    AgencyWorker(String userId, Agency agency, String setBy, Instant setAt) {
        this.userId = userId;
        tieTo(agency, setBy, setAt);
    }

    void tieTo(Agency agency, String setBy, Instant setAt) {
        this.agency = agency;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public String getUserId() { return userId; }
    public Agency getAgency() { return agency; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
}
