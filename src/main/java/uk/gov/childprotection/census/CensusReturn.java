package uk.gov.childprotection.census;

import java.time.LocalDate;
import java.util.List;

/**
 * A council's Children in Need census return for one census year, as at its reference date (31 March), in the
 * DfE's structure and codes: each child with an episode in the year, their identifiers and characteristics, and
 * each episode (a case here) with its assessment, Section 47 enquiry, initial conference, plans and closure.
 * What happened after the reference date is left out, as the DfE asks; what is not recorded is null.
 */
public record CensusReturn(int year, LocalDate collectionStart, LocalDate referenceDate, String lea,
        List<Child> children) {

    /** The census year to 31 March {@code year}: 1 April of the year before to 31 March. */
    public static LocalDate startOf(int year) {
        return LocalDate.of(year - 1, 4, 1);
    }

    public static LocalDate referenceDateOf(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /**
     * Whether the year's return records the child's Sex (M, F, U), as the census has since the year to 31 March
     * 2025; before it, GenderCurrent (1, 2, 0) in the same place.
     */
    public boolean recordsSex() {
        return year >= 2025;
    }

    /** ChildIdentifiers and ChildCharacteristics, then CINdetails. Sex: M, F, or U (not known, and every unborn child). */
    public record Child(String laChildId, String name, String upn, String upnUnknown, LocalDate birthDate,
            LocalDate expectedBirthDate, String sex, LocalDate deathDate, String ethnicity,
            List<String> disabilities, List<Episode> episodes) {
    }

    /** CINdetails: one episode of need, from the referral to its closure. */
    public record Episode(String caseReference, LocalDate referralDate, String referralSource, String primaryNeed,
            LocalDate closureDate, String reasonForClosure, LocalDate dateOfInitialCpc, List<Assessment> assessments,
            List<CinPlan> cinPlans, List<Section47> section47s, boolean referralNfa,
            List<ProtectionPlan> protectionPlans) {
    }

    public record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {
    }

    public record CinPlan(LocalDate start, LocalDate end) {
    }

    public record Section47(LocalDate start, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
            boolean icpcNotRequired) {
    }

    /** ChildProtectionPlans: categories as NEG, PHY, SAB, EMO or MUL; the reviews held while it was in force. */
    public record ProtectionPlan(LocalDate start, LocalDate end, String initialCategory, String latestCategory,
            int numberOfPreviousPlans, List<LocalDate> reviews) {
    }
}
