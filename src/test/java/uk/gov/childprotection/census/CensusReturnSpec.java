package uk.gov.childprotection.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A census return for tests, built from plain fields a test changes: by default one child, on a plan after a
 * Section 47 enquiry and then on a CIN plan, in the year to 31 March 2027, breaking none of the DfE's rules.
 */
final class CensusReturnSpec {

    static final int YEAR = 2027;

    final List<ChildSpec> children = new ArrayList<>(List.of(new ChildSpec("1")));

    ChildSpec child() {
        return children.get(0);
    }

    EpisodeSpec episode() {
        return child().episodes.get(0);
    }

    CensusReturn build() {
        return new CensusReturn(YEAR, CensusReturn.startOf(YEAR), CensusReturn.referenceDateOf(YEAR), "999",
                children.stream().map(ChildSpec::build).toList());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final class ChildSpec {
        String id;
        String upn = "A123456789012";
        String upnUnknown;
        LocalDate birthDate = d("2018-02-01");
        LocalDate expectedBirthDate;
        String sex = "F";
        LocalDate deathDate;
        String ethnicity = "WBRI";
        List<String> disabilities = new ArrayList<>(List.of("NONE"));
        final List<EpisodeSpec> episodes = new ArrayList<>(List.of(new EpisodeSpec("CP-2026-00001")));

        ChildSpec(String id) {
            this.id = id;
        }

        CensusReturn.Child build() {
            return new CensusReturn.Child(id, "Child " + id, upn, upnUnknown, birthDate, expectedBirthDate, sex,
                    deathDate, ethnicity, List.copyOf(disabilities), episodes.stream().map(EpisodeSpec::build)
                            .toList());
        }
    }

    static final class EpisodeSpec {
        String reference;
        LocalDate referralDate = d("2026-05-04");
        String referralSource = "2A";
        String primaryNeed = "N1";
        LocalDate closureDate = d("2027-03-01");
        String reasonForClosure = "RC7";
        /** CINdetails' own ICPC date: only where no Section 47 enquiry records it (DfE 2884). */
        LocalDate dateOfInitialCpc;
        boolean referralNfa;
        final List<CensusReturn.Assessment> assessments = new ArrayList<>(List.of(
                new CensusReturn.Assessment(d("2026-05-05"), d("2026-06-10"), List.of("16A"))));
        final List<CensusReturn.Section47> section47s = new ArrayList<>(List.of(
                new CensusReturn.Section47(d("2026-05-05"), d("2026-05-26"), d("2026-05-20"), false)));
        final List<CensusReturn.ProtectionPlan> plans = new ArrayList<>(List.of(
                new CensusReturn.ProtectionPlan(d("2026-05-20"), d("2026-11-20"), "NEG", "NEG", 0,
                        List.of(d("2026-08-19")))));
        final List<CensusReturn.CinPlan> cinPlans = new ArrayList<>(List.of(
                new CensusReturn.CinPlan(d("2026-11-20"), d("2027-02-26"))));

        EpisodeSpec(String reference) {
            this.reference = reference;
        }

        /** An episode with the referral alone: no further action, closed the day it came. */
        static EpisodeSpec noFurtherAction(String reference, LocalDate referred) {
            EpisodeSpec e = new EpisodeSpec(reference);
            e.referralDate = referred;
            e.closureDate = referred;
            e.reasonForClosure = "RC7";
            e.referralNfa = true;
            e.dateOfInitialCpc = null;
            e.primaryNeed = null;
            e.assessments.clear();
            e.section47s.clear();
            e.plans.clear();
            e.cinPlans.clear();
            return e;
        }

        CensusReturn.Episode build() {
            return new CensusReturn.Episode(reference, referralDate, referralSource, primaryNeed, closureDate,
                    reasonForClosure, dateOfInitialCpc, List.copyOf(assessments), List.copyOf(cinPlans),
                    List.copyOf(section47s), referralNfa, List.copyOf(plans));
        }

        CensusReturn.ProtectionPlan plan() {
            return plans.get(0);
        }

        void plan(CensusReturn.ProtectionPlan plan) {
            plans.set(0, plan);
        }

        CensusReturn.Section47 section47() {
            return section47s.get(0);
        }

        void section47(CensusReturn.Section47 s) {
            section47s.set(0, s);
        }

        CensusReturn.Assessment assessment() {
            return assessments.get(0);
        }

        void assessment(CensusReturn.Assessment a) {
            assessments.set(0, a);
        }

        CensusReturn.CinPlan cinPlan() {
            return cinPlans.get(0);
        }

        void cinPlan(CensusReturn.CinPlan p) {
            cinPlans.set(0, p);
        }
    }
}
