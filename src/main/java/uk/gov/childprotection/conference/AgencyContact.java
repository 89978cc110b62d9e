package uk.gov.childprotection.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where one agency's conference copies go: its team, secure email, postal address and phone. */
@Entity
@Table(name = "agency_contact")
public class AgencyContact {

    @Id
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private String teamName;
    private String secureEmail;
    private String postalAddress;
    private String phone;
    @Column(nullable = false)
    private String updatedBy;
    @Column(nullable = false)
    private Instant updatedAt;

    protected AgencyContact() {
    }

    AgencyContact(Agency agency) {
        this.agency = agency;
    }

    void update(AgencyDirectory.Entry entry, String by, Instant at) {
        this.teamName = entry.teamName();
        this.secureEmail = entry.secureEmail();
        this.postalAddress = entry.postalAddress();
        this.phone = entry.phone();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Agency getAgency() { return agency; }
    public String getTeamName() { return teamName; }
    public String getSecureEmail() { return secureEmail; }
    public String getPostalAddress() { return postalAddress; }
    public String getPhone() { return phone; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
