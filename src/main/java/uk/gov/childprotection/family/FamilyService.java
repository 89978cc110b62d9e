package uk.gov.childprotection.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.common.NotFoundException;

/**
 * Households and their people. A child belongs to one household at a time (the child's record keeps which); the
 * people of a household hold parental responsibility child by child. A person named again for the same household
 * (the same name, ignoring case and spaces at the ends) is the same person: their details are brought up to date,
 * not duplicated.
 */
@Service
@Transactional
public class FamilyService {

    /** How a person stands to one child. */
    public record Responsibility(Relationship relationship, boolean parentalResponsibility) {
    }

    /** A person of the household as they stand to one child. */
    public record PersonForChild(FamilyPerson person, Relationship relationship, boolean parentalResponsibility) {
    }

    private final FamilyRepository families;
    private final FamilyPersonRepository people;
    private final ParentalResponsibilityRepository responsibilities;
    private final HouseholdMoveRepository moves;

    FamilyService(FamilyRepository families, FamilyPersonRepository people,
            ParentalResponsibilityRepository responsibilities, HouseholdMoveRepository moves) {
        this.families = families;
        this.people = people;
        this.responsibilities = responsibilities;
        this.moves = moves;
    }

    public Family newFamily(Instant at) {
        return families.save(new Family(at));
    }

    @Transactional(readOnly = true)
    public Family get(Long familyId) {
        return families.findById(familyId)
                .orElseThrow(() -> new NotFoundException("There is no family " + familyId));
    }

    @Transactional(readOnly = true)
    public boolean exists(Long familyId) {
        return familyId != null && families.existsById(familyId);
    }

    /**
     * Adds a parent or carer to the household (or brings a known one's details up to date), with how they stand
     * to each child named.
     */
    public FamilyPerson addPerson(Long familyId, PersonDetails details, Map<Long, Responsibility> byChild,
            Instant at) {
        get(familyId);
        FamilyPerson person = find(familyId, details.name())
                .map(known -> {
                    known.update(details);
                    return known;
                })
                .orElseGet(() -> people.save(new FamilyPerson(familyId, details, at)));
        byChild.forEach((childId, r) -> responsibilities.findByPersonIdAndChildId(person.getId(), childId)
                .ifPresentOrElse(known -> known.set(r.relationship(), r.parentalResponsibility()),
                        () -> responsibilities.save(new ParentalResponsibility(person.getId(), childId,
                                r.relationship(), r.parentalResponsibility()))));
        return person;
    }

    @Transactional(readOnly = true)
    public Optional<FamilyPerson> find(Long familyId, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return people.findByFamilyIdOrderByIdAsc(familyId).stream()
                .filter(p -> p.getName().equalsIgnoreCase(wanted)).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<FamilyPerson> person(Long personId) {
        return personId == null ? Optional.empty() : people.findById(personId);
    }

    @Transactional(readOnly = true)
    public List<FamilyPerson> people(Long familyId) {
        return people.findByFamilyIdOrderByIdAsc(familyId);
    }

    /** Every responsibility of the household's people, child by child. */
    @Transactional(readOnly = true)
    public List<ParentalResponsibility> responsibilities(Long familyId) {
        List<Long> ids = people(familyId).stream().map(FamilyPerson::getId).toList();
        return ids.isEmpty() ? List.of() : responsibilities.findByPersonIdInOrderByIdAsc(ids);
    }

    /** The household's people as they stand to one child (those recorded for that child). */
    @Transactional(readOnly = true)
    public List<PersonForChild> peopleOf(Long childId) {
        return responsibilities.findByChildIdOrderByIdAsc(childId).stream()
                .map(r -> new PersonForChild(people.findById(r.getPersonId()).orElseThrow(), r.getRelationship(),
                        r.hasResponsibility()))
                .toList();
    }

    /** How the person stands to the child, if recorded. */
    @Transactional(readOnly = true)
    public Optional<ParentalResponsibility> responsibility(Long personId, Long childId) {
        return responsibilities.findByPersonIdAndChildId(personId, childId);
    }

    /**
     * The Chair's reason to write to a person about a child they do not hold parental responsibility for (null
     * withdraws it). The person must already be recorded for the child.
     */
    public void recordLettersReason(Long personId, Long childId, String reason, String chair) {
        ParentalResponsibility recorded = responsibilities.findByPersonIdAndChildId(personId, childId)
                .orElseThrow(() -> new NotFoundException("That person is not recorded for that child"));
        recorded.writeAboutThisChild(reason == null || reason.isBlank() ? null : reason.trim(), chair);
    }

    /** Whether the person holds parental responsibility for the child. */
    @Transactional(readOnly = true)
    public boolean hasResponsibility(Long personId, Long childId) {
        return responsibilities.findByPersonIdAndChildId(personId, childId)
                .map(ParentalResponsibility::hasResponsibility).orElse(false);
    }

    /** Records that a child moved to another household (the child's record is moved by the caller). */
    public void recordMove(Long childId, Long fromFamilyId, Long toFamilyId, LocalDate movedOn, String by,
            Instant at) {
        moves.save(new HouseholdMove(childId, fromFamilyId, toFamilyId, movedOn, by, at));
    }

    @Transactional(readOnly = true)
    public List<HouseholdMove> moves(Long childId) {
        return moves.findByChildIdOrderByIdAsc(childId);
    }
}
