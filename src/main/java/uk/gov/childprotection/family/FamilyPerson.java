package uk.gov.childprotection.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A parent or carer of the household, with their own contact details and what they need to take part. */
@Entity
@Table(name = "family_person")
public class FamilyPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long familyId;
    @Column(nullable = false)
    private String name;
    private String email;
    private String phone;
    private String address;
    private String interpreterLanguage;
    @Column(nullable = false)
    private boolean needsSigner;
    @Column(nullable = false)
    private boolean needsAdvocate;
    @Column(nullable = false)
    private boolean accessibleRoom;
    @Column(nullable = false)
    private boolean largePrint;
    @Column(nullable = false)
    private Instant createdAt;

    protected FamilyPerson() {
    }

    FamilyPerson(Long familyId, PersonDetails details, Instant createdAt) {
        this.familyId = familyId;
        this.createdAt = createdAt;
        update(details);
    }

    void update(PersonDetails details) {
        this.name = details.name().trim();
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.address = blankToNull(details.address());
        this.interpreterLanguage = blankToNull(details.interpreterLanguage());
        this.needsSigner = details.needsSigner();
        this.needsAdvocate = details.needsAdvocate();
        this.accessibleRoom = details.accessibleRoom();
        this.largePrint = details.largePrint();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() { return id; }
    public Long getFamilyId() { return familyId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public boolean isNeedsSigner() { return needsSigner; }
    public boolean isNeedsAdvocate() { return needsAdvocate; }
    public boolean isAccessibleRoom() { return accessibleRoom; }
    public boolean isLargePrint() { return largePrint; }
}
