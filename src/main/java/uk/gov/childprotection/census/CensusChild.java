package uk.gov.childprotection.census;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A child's own census items (ChildIdentifiers and ChildCharacteristics), in the DfE's codes, once per child. */
@Entity
@Table(name = "census_child")
public class CensusChild {

    @Id
    private Long childId;
    private String upn;
    private String upnUnknown;
    private String ethnicity;
    /** The Disability codes, comma-separated ("NONE" alone, or one or more of the others). */
    private String disabilities;
    private LocalDate dateOfDeath;
    @Column(nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected CensusChild() {
    }

    CensusChild(Long childId) {
        this.childId = childId;
    }

    void record(String upn, String upnUnknown, String ethnicity, String disabilities, LocalDate dateOfDeath,
            String by, Instant at) {
        this.upn = upn;
        this.upnUnknown = upnUnknown;
        this.ethnicity = ethnicity;
        this.disabilities = disabilities;
        this.dateOfDeath = dateOfDeath;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getChildId() { return childId; }
    public String getUpn() { return upn; }
    public String getUpnUnknown() { return upnUnknown; }
    public String getEthnicity() { return ethnicity; }
    public String getDisabilities() { return disabilities; }
    public LocalDate getDateOfDeath() { return dateOfDeath; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
