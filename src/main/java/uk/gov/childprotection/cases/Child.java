package uk.gov.childprotection.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

@Entity
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String givenName;
    @Column(nullable = false)
    private String familyName;
    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfDelivery;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;
    private String address;
    private String firstLanguage;
    /** The household the child lives in now (one at a time; a move is kept in household_move). */
    @Column(nullable = false)
    private Long familyId;
    @Column(nullable = false)
    private Instant createdAt;

    protected Child() {
    }

    public Child(Long familyId, String givenName, String familyName, LocalDate dateOfBirth, Gender gender,
            String address, String firstLanguage, Instant createdAt) {
        this.familyId = familyId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.address = address;
        this.firstLanguage = firstLanguage;
        this.createdAt = createdAt;
    }

    /** An unborn child, known by the expected date of delivery until the birth is recorded. */
    static Child unborn(Long familyId, String givenName, String familyName, LocalDate expectedDateOfDelivery,
            Gender gender, String address, String firstLanguage, Instant createdAt) {
        Child child = new Child(familyId, givenName, familyName, null, gender, address, firstLanguage, createdAt);
        child.expectedDateOfDelivery = expectedDateOfDelivery;
        return child;
    }

    /** The birth is recorded: the child has a date of birth, and may now have a first name. */
    public void born(LocalDate dateOfBirth, String givenName, Gender gender) {
        this.dateOfBirth = dateOfBirth;
        if (givenName != null && !givenName.isBlank()) {
            this.givenName = givenName.trim();
        }
        if (gender != null) {
            this.gender = gender;
        }
    }

    /** The child now lives in another household. */
    void moveToFamily(Long otherFamilyId) {
        this.familyId = otherFamilyId;
    }

    public boolean isUnborn() {
        return dateOfBirth == null;
    }

    /** The date of birth, or for the unborn the expected date of delivery (for timers such as the 18th birthday). */
    public LocalDate birthOrExpected() {
        return dateOfBirth != null ? dateOfBirth : expectedDateOfDelivery;
    }

    /** Age in whole years on the given day; -1 for a child not yet born. */
    public int ageOn(LocalDate day) {
        return dateOfBirth == null || dateOfBirth.isAfter(day) ? -1 : Period.between(dateOfBirth, day).getYears();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Long getId() { return id; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public LocalDate getExpectedDateOfDelivery() { return expectedDateOfDelivery; }
    public Gender getGender() { return gender; }
    public String getAddress() { return address; }
    public String getFirstLanguage() { return firstLanguage; }
    public Long getFamilyId() { return familyId; }
}
