package uk.gov.childprotection.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.gov.childprotection.family.PersonDetails;
import uk.gov.childprotection.family.Relationship;

/**
 * A referral about several children of one household (POST /api/referrals): each child gets their own case,
 * and the parents and carers are recorded once for the household, with how they stand to each child.
 */
public record FamilyReferral(
        /* The household the children join (brothers or sisters already known); none: a new one. */
        Long familyId,
        @NotEmpty(message = "name at least one child") @Size(max = 20, message = "has more than {max} children: "
                + "refer the others in a second referral to the same family")
        List<NewReferral.@NotNull(message = "must not be empty") @Valid ChildDetails> children,
        @NotNull(message = "is required") LocalDate referralDate,
        @NotNull(message = "is required") ReferralSource referralSource,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most {max} characters")
        String concerns,
        @Size(max = 20, message = "has too many entries")
        List<@NotNull(message = "must not be empty") Circumstance> circumstances,
        @Size(max = 64, message = "must be at most {max} characters") String socialWorker,
        @Size(max = 64, message = "must be at most {max} characters") String teamManager,
        @Valid NewReferral.TransferIn transferIn,
        @Size(max = 20, message = "has more than {max} people")
        List<@NotNull(message = "must not be empty") @Valid Person> people) {

    /** A parent or carer of the household. */
    public record Person(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters")
            String name,
            @Size(max = 200, message = "must be at most {max} characters") String email,
            @Size(max = 40, message = "must be at most {max} characters") String phone,
            @Size(max = 300, message = "must be at most {max} characters") String address,
            @Size(max = 60, message = "must be at most {max} characters") String interpreterLanguage,
            /* Left out: no. */
            Boolean needsSigner, Boolean needsAdvocate, Boolean accessibleRoom, Boolean largePrint,
            @NotEmpty(message = "say which children this person is a parent or carer of")
            @Size(max = 40, message = "has too many entries")
            List<@NotNull(message = "must not be empty") @Valid ChildLink> children) {

        PersonDetails details() {
            return new PersonDetails(name, email, phone, address, interpreterLanguage, Boolean.TRUE.equals(needsSigner),
                    Boolean.TRUE.equals(needsAdvocate), Boolean.TRUE.equals(accessibleRoom),
                    Boolean.TRUE.equals(largePrint));
        }
    }

    /**
     * How the person stands to one child: {@code child} is the child's number in this referral (1 for the first),
     * or {@code caseReference} names a brother or sister already in the household.
     */
    public record ChildLink(Integer child,
            @Size(max = 20, message = "must be at most {max} characters") String caseReference,
            @NotNull(message = "is required") Relationship relationship,
            @NotNull(message = "say yes or no") Boolean parentalResponsibility) {
    }

    public List<Person> peopleOrNone() {
        return people == null ? List.of() : people;
    }

    /** The referral as it reads for one child of the household. */
    NewReferral forChild(NewReferral.ChildDetails child, Long household) {
        return new NewReferral(child, referralDate, referralSource, concerns, circumstances, socialWorker,
                teamManager, transferIn, household);
    }
}
