package uk.gov.childprotection.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A referral: the child, when and from whom it came, the concerns, and who the case is allocated to. */
public record NewReferral(
        @NotNull(message = "is required") @Valid ChildDetails child,
        @NotNull(message = "is required") LocalDate referralDate,
        @NotNull(message = "is required") ReferralSource referralSource,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most {max} characters")
        String concerns,
        @Size(max = 20, message = "has too many entries")
        List<@NotNull(message = "must not be empty") Circumstance> circumstances,
        @Size(max = 64, message = "must be at most {max} characters") String socialWorker,
        @Size(max = 64, message = "must be at most {max} characters") String teamManager,
        @Valid TransferIn transferIn,
        /* The household the child joins (a brother or sister already known); none: the child's own, or a new one. */
        Long familyId) {

    public NewReferral(ChildDetails child, LocalDate referralDate, ReferralSource referralSource, String concerns,
            List<Circumstance> circumstances, String socialWorker, String teamManager, TransferIn transferIn) {
        this(child, referralDate, referralSource, concerns, circumstances, socialWorker, teamManager, transferIn,
                null);
    }

    /** Set when a child on a plan arrives from another council: their transfer-in conference is held here. */
    public record TransferIn(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters")
            String fromCouncil,
            @NotNull(message = "is required") LocalDate notifiedDate) {
    }

    public record ChildDetails(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most {max} characters")
            String givenName,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most {max} characters")
            String familyName,
            LocalDate dateOfBirth,
            @NotNull(message = "is required") Gender gender,
            @Size(max = 300, message = "must be at most {max} characters") String address,
            @Size(max = 60, message = "must be at most {max} characters") String firstLanguage,
            /* For an unborn child, instead of the date of birth (census ExpectedPersonBirthDate). */
            LocalDate expectedDateOfDelivery) {

        public ChildDetails(String givenName, String familyName, LocalDate dateOfBirth, Gender gender,
                String address, String firstLanguage) {
            this(givenName, familyName, dateOfBirth, gender, address, firstLanguage, null);
        }
    }

    public List<Circumstance> circumstancesOrNone() {
        return circumstances == null ? List.of() : circumstances;
    }
}
