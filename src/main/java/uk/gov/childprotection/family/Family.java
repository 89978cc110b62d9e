package uk.gov.childprotection.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A household: the children who live together (siblings, half-siblings, an unborn sibling) and the people with
 * parental responsibility for each. Each child's case stays the child's own; the household is what a conference,
 * a review and a core group are held for.
 */
@Entity
public class Family {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant createdAt;

    protected Family() {
    }

    Family(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
}
