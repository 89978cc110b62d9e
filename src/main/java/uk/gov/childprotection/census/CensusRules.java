package uk.gov.childprotection.census;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.childprotection.calendar.WorkingDayCalendar;

/**
 * The DfE's published validation rules for the CIN census that concern what this product records: the child, the
 * referral, the assessment, the Section 47 enquiry, the initial conference, child protection plans, CIN plans and
 * closure. Each rule carries the DfE's number and message; a break names the child, the episode and the values
 * that break it, so a manager can mend the record before the return is sent. An error stops the DfE accepting the
 * return; a query (a number ending in Q) must be mended or explained.
 *
 * <p>The conditions follow the DfE's rule text; where the DfE's own validator reads it differently, the rule's
 * comment says which reading is kept and why.
 */
public final class CensusRules {

    private CensusRules() {
    }

    public enum Kind { ERROR, QUERY }

    /** One break of one rule: the child and, for an episode's rule, the episode (its case), with the values. */
    public record Break(String rule, Kind kind, String message, String laChildId, String childName,
            String caseReference, String values) {
    }

    /** A rule: its DfE number, its kind, the DfE's message and the check, run once per child. */
    public record Rule(String code, Kind kind, String message, Check check) {
    }

    @FunctionalInterface
    interface Check {
        void apply(Year census, CensusReturn.Child child, Found found);
    }

    /** The census year a rule reads: its start, its reference date, and working days in England. */
    record Year(CensusReturn census, WorkingDayCalendar calendar) {

        LocalDate collectionStart() {
            return census.collectionStart();
        }

        LocalDate referenceDate() {
            return census.referenceDate();
        }

        /** The reference date less so many working days (the day that many working days before it). */
        LocalDate workingDaysBeforeTheEnd(int workingDays) {
            return calendar.subtractWorkingDays(census.referenceDate(), workingDays);
        }
    }

    /** Where a check reports what it found. */
    interface Found {
        void child(String values);

        void episode(CensusReturn.Episode episode, String values);
    }

    /** Every break in the return, rule by rule in the order of {@link #RULES}, each child in the return's order. */
    public static List<Break> check(CensusReturn census, WorkingDayCalendar calendar) {
        List<Break> breaks = new ArrayList<>();
        Year year = new Year(census, calendar);
        for (Rule rule : RULES) {
            for (CensusReturn.Child child : census.children()) {
                rule.check().apply(year, child, new Found() {
                    @Override
                    public void child(String values) {
                        // The child's items are mended from their latest episode's case.
                        breaks.add(new Break(rule.code(), rule.kind(), rule.message(), child.laChildId(),
                                child.name(), child.episodes().isEmpty() ? null
                                        : child.episodes().get(child.episodes().size() - 1).caseReference(),
                                values));
                    }

                    @Override
                    public void episode(CensusReturn.Episode episode, String values) {
                        breaks.add(new Break(rule.code(), rule.kind(), rule.message(), child.laChildId(),
                                child.name(), episode.caseReference(), values));
                    }
                });
            }
        }
        return breaks;
    }

    private static Rule error(String code, String message, Check check) {
        return new Rule(code, Kind.ERROR, message, check);
    }

    private static Rule query(String code, String message, Check check) {
        return new Rule(code, Kind.QUERY, message, check);
    }

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "CPPstartDate 4 May 2026, CPPendDate none": each item by its DfE name, dates the UK way. */
    static String values(Object... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            String shown = value == null ? "none" : value instanceof LocalDate d ? d.format(UK)
                    : value instanceof List<?> l ? (l.isEmpty() ? "none" : l.stream().map(String::valueOf)
                            .collect(Collectors.joining(" ")))
                    : String.valueOf(value);
            parts.add(namesAndValues[i] + " " + shown);
        }
        return String.join(", ", parts);
    }

    private static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    private static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    private static boolean within(LocalDate d, Year census) {
        return !d.isBefore(census.collectionStart()) && !d.isAfter(census.referenceDate());
    }

    private static void eachEpisode(CensusReturn.Child child, java.util.function.Consumer<CensusReturn.Episode> each) {
        child.episodes().forEach(each);
    }

    private static void eachPlan(CensusReturn.Child child,
            BiConsumer<CensusReturn.Episode, CensusReturn.ProtectionPlan> each) {
        child.episodes().forEach(e -> e.protectionPlans().forEach(p -> each.accept(e, p)));
    }

    private static void eachCinPlan(CensusReturn.Child child,
            BiConsumer<CensusReturn.Episode, CensusReturn.CinPlan> each) {
        child.episodes().forEach(e -> e.cinPlans().forEach(p -> each.accept(e, p)));
    }

    private static void eachSection47(CensusReturn.Child child,
            BiConsumer<CensusReturn.Episode, CensusReturn.Section47> each) {
        child.episodes().forEach(e -> e.section47s().forEach(s -> each.accept(e, s)));
    }

    private static void eachAssessment(CensusReturn.Child child,
            BiConsumer<CensusReturn.Episode, CensusReturn.Assessment> each) {
        child.episodes().forEach(e -> e.assessments().forEach(a -> each.accept(e, a)));
    }

    /** RC8 or RC9: the case closed after the assessment alone. */
    private static boolean closedAfterAssessment(CensusReturn.Episode e) {
        return "RC8".equals(e.reasonForClosure()) || "RC9".equals(e.reasonForClosure());
    }

    private static boolean furtherAction(CensusReturn.Child child) {
        return child.episodes().stream().anyMatch(e -> !e.referralNfa());
    }

    private static final Set<String> CATEGORIES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    private static final Set<String> DISABILITIES = Stream.of(CensusCodes.Disability.values())
            .map(CensusCodes.Disability::code).collect(Collectors.toSet());

    /** The rules, by DfE number. */
    public static final List<Rule> RULES = List.of(
            // The child.
            error("1510", "UPN invalid (wrong check letter at character 1)", (census, child, found) -> {
                String upn = child.upn();
                if (upn != null && upn.length() == 13 && upn.substring(1).chars().allMatch(Character::isDigit)
                        && !Objects.equals(Upn.checkLetter(upn), upn.charAt(0))) {
                    found.child(values("UPN", upn));
                }
            }),
            error("4220", "Ethnicity is missing or invalid (see Ethnicity table)", (census, child, found) -> {
                if (child.ethnicity() == null || !CensusCodes.Ethnicity.isCode(child.ethnicity())) {
                    found.child(values("Ethnicity", child.ethnicity()));
                }
            }),
            query("8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
                    (census, child, found) -> {
                        if ((child.birthDate() == null) == (child.expectedBirthDate() == null)) {
                            found.child(values("PersonBirthDate", child.birthDate(), "ExpectedPersonBirthDate",
                                    child.expectedBirthDate()));
                        }
                    }),
            query("8535Q", "Please check and either amend data or provide a reason: Child’s date of death should not "
                    + "be prior to the date of birth", (census, child, found) -> {
                        if (child.deathDate() != null && (child.birthDate() == null
                                || child.birthDate().isAfter(child.deathDate()))) {
                            found.child(values("PersonBirthDate", child.birthDate(), "PersonDeathDate",
                                    child.deathDate()));
                        }
                    }),
            error("8540", "Child’s disability is missing or invalid (see Disability table)",
                    (census, child, found) -> {
                        if (child.birthDate() != null && furtherAction(child) && (child.disabilities().isEmpty()
                                || !DISABILITIES.containsAll(child.disabilities()))) {
                            found.child(values("Disability", child.disabilities()));
                        }
                    }),
            query("8545Q", "Please check and either amend data or provide a reason: Child's date of death should be "
                    + "within the census year", (census, child, found) -> {
                        if (child.deathDate() != null && !within(child.deathDate(), census)) {
                            found.child(values("PersonDeathDate", child.deathDate()));
                        }
                    }),
            error("4180", "Sex must be provided and equal M, F, or U", (census, child, found) -> {
                if (child.sex() == null || !Set.of("M", "F", "U").contains(child.sex())) {
                    found.child(values("Sex", child.sex()));
                }
            }),
            error("8750", "Sex must equal U for an unborn child", (census, child, found) -> {
                if (child.birthDate() == null && child.expectedBirthDate() != null && !"U".equals(child.sex())) {
                    found.child(values("ExpectedPersonBirthDate", child.expectedBirthDate(), "Sex", child.sex()));
                }
            }),
            error("8772", "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details "
                    + "is a referral going on to further action", (census, child, found) -> {
                        if ("UN7".equals(child.upnUnknown()) && furtherAction(child)) {
                            found.child(values("UPNunknown", child.upnUnknown()));
                        }
                    }),
            error("8790", "Disability information includes both None and other values", (census, child, found) -> {
                if (child.disabilities().contains("NONE") && child.disabilities().size() > 1) {
                    found.child(values("Disability", child.disabilities()));
                }
            }),

            // The referral and the episode.
            query("8555Q", "Child cannot be referred after its recorded date of death", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (before(child.deathDate(), e.referralDate())) {
                            found.episode(e, values("CINreferralDate", e.referralDate(), "PersonDeathDate",
                                    child.deathDate()));
                        }
                    })),
            error("8600", "Child referral date missing or after data collection period", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (e.referralDate() == null || e.referralDate().isAfter(census.referenceDate())) {
                            found.episode(e, values("CINreferralDate", e.referralDate()));
                        }
                    })),
            error("8606", "Child referral date is more than 40 weeks before DOB or expected DOB",
                    (census, child, found) -> eachEpisode(child, e -> {
                        LocalDate born = child.birthDate() != null ? child.birthDate() : child.expectedBirthDate();
                        if (born != null && before(e.referralDate(), born.minusDays(280))) {
                            found.episode(e, values("CINreferralDate", e.referralDate(),
                                    child.birthDate() != null ? "PersonBirthDate" : "ExpectedPersonBirthDate", born));
                        }
                    })),
            error("8610", "Primary Need code is missing for a referral which led to further action.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (!e.referralNfa() && e.primaryNeed() == null) {
                            found.episode(e, values("ReferralNFA", false, "PrimaryNeedCode", null));
                        }
                    })),
            error("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (e.primaryNeed() != null && !CensusCodes.PrimaryNeed.isCode(e.primaryNeed())) {
                            found.episode(e, values("PrimaryNeedCode", e.primaryNeed()));
                        }
                    })),
            error("8866", "Source of Referral is missing or an invalid code", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (e.referralDate() != null && !e.referralDate().isBefore(LocalDate.of(2013, 4, 1))
                                && (e.referralSource() == null
                                        || !CensusCodes.ReferralSource.isCode(e.referralSource()))) {
                            found.episode(e, values("ReferralSource", e.referralSource()));
                        }
                    })),
            error("8815", "More than one open CIN Details episode (a module with no CIN Closure Date) has been "
                    + "provided for this child and case is not a referral with no further action.",
                    (census, child, found) -> {
                        List<CensusReturn.Episode> open = child.episodes().stream()
                                .filter(e -> e.closureDate() == null && !e.referralNfa()).toList();
                        if (open.size() > 1) {
                            open.forEach(e -> found.episode(e, values("CINreferralDate", e.referralDate(),
                                    "CINclosureDate", null)));
                        }
                    }),
            // The DfE: the open episode's referral must be the latest. Kept strictly: another episode referred on
            // the same day does not make the open one "not the latest" (the DfE validator's tie depends on order).
            error("8816", "An open CIN episode is shown and case is not a referral with no further action, but it is "
                    + "not the latest episode.", (census, child, found) -> eachEpisode(child, e -> {
                        if (e.closureDate() == null && !e.referralNfa() && child.episodes().stream()
                                .anyMatch(other -> after(other.referralDate(), e.referralDate()))) {
                            found.episode(e, values("CINreferralDate", e.referralDate(), "latest CINreferralDate",
                                    child.episodes().stream().map(CensusReturn.Episode::referralDate)
                                            .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null)));
                        }
                    })),
            error("8820", "The dates on the CIN episodes for this child overlap", (census, child, found) ->
                    eachEpisode(child, a -> {
                        for (CensusReturn.Episode b : child.episodes()) {
                            if (a == b || a.referralDate() == null || b.referralDate() == null
                                    || a.referralDate().isBefore(b.referralDate())) {
                                continue;
                            }
                            boolean overlaps = b.closureDate() != null ? a.referralDate().isBefore(b.closureDate())
                                    : !b.referralNfa() && a.referralDate().isBefore(census.referenceDate());
                            if (overlaps) {
                                found.episode(a, values("CINreferralDate", a.referralDate(), "other episode",
                                        b.caseReference(), "its CINreferralDate", b.referralDate(),
                                        "its CINclosureDate", b.closureDate()));
                            }
                        }
                    })),
            error("8831", "Activity is recorded against a case marked as a referral with no further action",
                    (census, child, found) -> eachEpisode(child, e -> {
                        // Both ICPC dates, the episode's and the enquiry's, as the DfE's text lists it.
                        if (e.referralNfa() && (e.dateOfInitialCpc() != null || !e.section47s().isEmpty()
                                || !e.assessments().isEmpty())) {
                            found.episode(e, values("ReferralNFA", true, "DateOfInitialCPC", e.dateOfInitialCpc(),
                                    "S47ActualStartDate", e.section47s().isEmpty() ? null
                                            : e.section47s().get(0).start(),
                                    "AssessmentActualStartDate", e.assessments().isEmpty() ? null
                                            : e.assessments().get(0).start()));
                        }
                    })),

            // The assessment.
            query("8825Q", "Please check and either amend data or provide a reason: Reason for Closure code RC8 "
                    + "(case closed after assessment) or RC9 (case closed after assessment, referred to early help) "
                    + "has been returned but there is no assessment present for the episode.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (closedAfterAssessment(e) && e.assessments().isEmpty()) {
                            found.episode(e, values("ReasonForClosure", e.reasonForClosure(), "Assessments", "none"));
                        }
                    })),
            error("8867", "CIN episode is shown as closed, however Assessment is not shown as completed",
                    (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (e.closureDate() != null && a.authorised() == null) {
                            found.episode(e, values("CINclosureDate", e.closureDate(), "AssessmentActualStartDate",
                                    a.start(), "AssessmentAuthorisationDate", null));
                        }
                    })),
            query("2991Q", "Please check and either amend data or provide a reason: A Section 47 module is recorded "
                    + "and there is no assessment on the episode", (census, child, found) -> eachEpisode(child, e -> {
                        if (!e.section47s().isEmpty() && e.assessments().isEmpty()) {
                            found.episode(e, values("S47ActualStartDate", e.section47s().get(0).start(),
                                    "Assessments", "none"));
                        }
                    })),

            // The Section 47 enquiry and the initial conference.
            error("8868", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by "
                    + "ICPC date or ICPC not required flag", (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (e.closureDate() != null && (s.dateOfInitialCpc() == null) != s.icpcNotRequired()) {
                            found.episode(e, values("CINclosureDate", e.closureDate(), "DateOfInitialCPC",
                                    s.dateOfInitialCpc(), "ICPCnotRequired", s.icpcNotRequired()));
                        }
                    })),

            // Closure.
            error("8565", "Activity shown after a case has been closed", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (e.closureDate() == null) {
                            return;
                        }
                        List<Object[]> dates = new ArrayList<>();
                        dates.add(new Object[] {"DateOfInitialCPC", e.dateOfInitialCpc()});
                        e.assessments().forEach(a -> {
                            dates.add(new Object[] {"AssessmentActualStartDate", a.start()});
                            dates.add(new Object[] {"AssessmentAuthorisationDate", a.authorised()});
                        });
                        e.section47s().forEach(s -> {
                            dates.add(new Object[] {"S47ActualStartDate", s.start()});
                            dates.add(new Object[] {"DateOfInitialCPC", s.dateOfInitialCpc()});
                        });
                        e.protectionPlans().forEach(p -> dates.add(new Object[] {"CPPendDate", p.end()}));
                        e.cinPlans().forEach(p -> {
                            dates.add(new Object[] {"CINPlanStartDate", p.start()});
                            dates.add(new Object[] {"CINPlanEndDate", p.end()});
                        });
                        dates.stream().filter(d -> after((LocalDate) d[1], e.closureDate())).findFirst()
                                .ifPresent(d -> found.episode(e, values("CINclosureDate", e.closureDate(),
                                        (String) d[0], d[1])));
                    })),
            query("8585Q", "Please check and either amend or provide a reason: CIN episode shows Died as the Closure "
                    + "Reason, however child has no recorded Date of Death", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if ("RC2".equals(e.reasonForClosure()) && child.deathDate() == null) {
                            found.episode(e, values("ReasonForClosure", "RC2", "PersonDeathDate", null));
                        }
                    })),
            error("8620", "CIN Closure Date present and does not fall within the Census year",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (e.closureDate() != null && !within(e.closureDate(), census)) {
                            found.episode(e, values("CINclosureDate", e.closureDate()));
                        }
                    })),
            error("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (before(e.closureDate(), e.referralDate())) {
                            found.episode(e, values("CINreferralDate", e.referralDate(), "CINclosureDate",
                                    e.closureDate()));
                        }
                    })),
            error("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (e.closureDate() != null && e.reasonForClosure() == null) {
                            found.episode(e, values("CINclosureDate", e.closureDate(), "ReasonForClosure", null));
                        }
                    })),
            error("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (e.reasonForClosure() != null && e.closureDate() == null) {
                            found.episode(e, values("ReasonForClosure", e.reasonForClosure(), "CINclosureDate",
                                    null));
                        }
                    })),
            error("2990", "Activity is recorded against a case marked as ‘Case closed after assessment, no further "
                    + "action’ or 'case closed after assessment, referred to early help'.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (closedAfterAssessment(e) && (!e.section47s().isEmpty()
                                || !e.protectionPlans().isEmpty() || !e.cinPlans().isEmpty()
                                || e.dateOfInitialCpc() != null)) {
                            found.episode(e, values("ReasonForClosure", e.reasonForClosure(), "Section47",
                                    e.section47s().size(), "ChildProtectionPlans", e.protectionPlans().size(),
                                    "CINPlanDates", e.cinPlans().size(), "DateOfInitialCPC", e.dateOfInitialCpc()));
                        }
                    })),

            // The assessment.
            error("1103", "The assessment start date cannot be before the referral date", (census, child, found) ->
                    eachAssessment(child, (e, a) -> {
                        if (before(a.start(), e.referralDate())) {
                            found.episode(e, values("AssessmentActualStartDate", a.start(), "CINreferralDate",
                                    e.referralDate()));
                        }
                    })),
            error("8608", "Assessment Start Date cannot be later than its End Date", (census, child, found) ->
                    eachAssessment(child, (e, a) -> {
                        if (after(a.start(), a.authorised())) {
                            found.episode(e, values("AssessmentActualStartDate", a.start(),
                                    "AssessmentAuthorisationDate", a.authorised()));
                        }
                    })),
            error("8614", "Parental or child factors at assessment should only be present for a completed "
                    + "assessment.", (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.authorised() == null && !a.factors().isEmpty()) {
                            found.episode(e, values("AssessmentAuthorisationDate", null, "AssessmentFactors",
                                    a.factors()));
                        }
                    })),
            query("8670Q", "Please check and either amend data or provide a reason: Assessment started more than 45 "
                    + "working days before the end of the census year. However, there is no Assessment end date.",
                    (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.authorised() == null && before(a.start(), census.workingDaysBeforeTheEnd(45))) {
                            found.episode(e, values("AssessmentActualStartDate", a.start(),
                                    "AssessmentAuthorisationDate", null));
                        }
                    })),
            error("8696", "Assessment end date must fall within the census year", (census, child, found) ->
                    eachAssessment(child, (e, a) -> {
                        if (a.authorised() != null && !within(a.authorised(), census)) {
                            found.episode(e, values("AssessmentAuthorisationDate", a.authorised()));
                        }
                    })),
            error("8736", "For an Assessment that has not been completed, the start date must fall within the census "
                    + "year", (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.authorised() == null && a.start() != null && !within(a.start(), census)) {
                            found.episode(e, values("AssessmentActualStartDate", a.start(),
                                    "AssessmentAuthorisationDate", null));
                        }
                    })),
            query("8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        for (CensusReturn.Assessment a : e.assessments()) {
                            for (CensusReturn.Assessment b : e.assessments()) {
                                if (a != b && a.start() != null && b.start() != null && !a.start().isBefore(b.start())
                                        && !a.start().isAfter(b.authorised() != null ? b.authorised()
                                                : census.referenceDate())) {
                                    found.episode(e, values("AssessmentActualStartDate", a.start(),
                                            "another assessment's start", b.start(), "its authorisation",
                                            b.authorised()));
                                }
                            }
                        }
                    })),
            error("8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment "
                    + "factors.", (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.factors().contains("21") && a.factors().size() > 1) {
                            found.episode(e, values("AssessmentFactors", a.factors()));
                        }
                    })),
            query("8873Q", "Please check and either amend data or provide a reason: When there is only one assessment "
                    + "on the episode and the factors code “21 No factors identified” has been used for the completed "
                    + "assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        // An episode still open has no reason for closure yet: it is not asked for one.
                        if (e.assessments().size() == 1 && e.assessments().get(0).factors().contains("21")
                                && e.reasonForClosure() != null && !closedAfterAssessment(e)) {
                            found.episode(e, values("AssessmentFactors", "21", "ReasonForClosure",
                                    e.reasonForClosure()));
                        }
                    })),
            error("8896", "Within one CINDetails group there are 2 or more open Assessments groups",
                    (census, child, found) -> eachEpisode(child, e -> {
                        long open = e.assessments().stream().filter(a -> a.authorised() == null).count();
                        if (open > 1) {
                            found.episode(e, values("Assessments without AssessmentAuthorisationDate", open));
                        }
                    })),
            query("8897Q", "Parental or child factors at assessment information is missing from a completed "
                    + "assessment", (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.authorised() != null && !a.authorised().isBefore(census.collectionStart())
                                && (a.factors().isEmpty() || a.factors().stream()
                                        .anyMatch(f -> !CensusCodes.AssessmentFactor.isCode(f)))) {
                            found.episode(e, values("AssessmentAuthorisationDate", a.authorised(),
                                    "AssessmentFactors", a.factors()));
                        }
                    })),
            error("8898", "The assessment has more than one parental or child factors with the same code",
                    (census, child, found) -> eachAssessment(child, (e, a) -> {
                        if (a.factors().stream().distinct().count() < a.factors().size()) {
                            found.episode(e, values("AssessmentFactors", a.factors()));
                        }
                    })),

            // CIN plans.
            error("4000", "CIN Plan details provided for a referral with no further action", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (e.referralNfa() && !e.cinPlans().isEmpty()) {
                            found.episode(e, values("ReferralNFA", true, "CINPlanStartDate",
                                    e.cinPlans().get(0).start()));
                        }
                    })),
            error("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan", (census, child, found) ->
                    eachEpisode(child, e -> {
                        if (e.protectionPlans().stream().anyMatch(p -> p.end() == null) && e.cinPlans().stream()
                                .anyMatch(p -> p.start() != null && p.end() == null)) {
                            found.episode(e, values("CPPendDate", null, "CINPlanEndDate", null));
                        }
                    })),
            // Within the episode, as the DfE's text says; a review on the day the plan ended is its last.
            error("4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.",
                    (census, child, found) -> eachPlan(child, (e, p) -> p.reviews().forEach(review ->
                            e.cinPlans().stream().filter(c -> c.start() != null && !review.isBefore(c.start())
                                            && (c.end() == null || review.isBefore(c.end()))
                                            && !review.equals(p.end()))
                                    .findFirst().ifPresent(c -> found.episode(e, values("CPPreviewDate", review,
                                            "CINPlanStartDate", c.start(), "CINPlanEndDate", c.end())))))),
            error("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date",
                    (census, child, found) -> eachEpisode(child, e -> {
                        long open = e.cinPlans().stream().filter(p -> p.end() == null).count();
                        if (open > 1) {
                            found.episode(e, values("CIN plans without CINPlanEndDate", open));
                        }
                    })),
            error("4008", "CIN Plan shown as starting after the child’s Date of Death.", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (before(child.deathDate(), p.start())) {
                            found.episode(e, values("CINPlanStartDate", p.start(), "PersonDeathDate",
                                    child.deathDate()));
                        }
                    })),
            query("4009Q", "CIN Plan cannot end after the child’s Date of Death", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (before(child.deathDate(), p.end())) {
                            found.episode(e, values("CINPlanEndDate", p.end(), "PersonDeathDate",
                                    child.deathDate()));
                        }
                    })),
            error("4010", "CIN Plan start date is missing or out of data collection period", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (p.start() == null || p.start().isAfter(census.referenceDate())) {
                            found.episode(e, values("CINPlanStartDate", p.start()));
                        }
                    })),
            error("4011", "CIN Plan End Date earlier than Start Date", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (before(p.end(), p.start())) {
                            found.episode(e, values("CINPlanStartDate", p.start(), "CINPlanEndDate", p.end()));
                        }
                    })),
            query("4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending "
                    + "on the same day", (census, child, found) -> eachCinPlan(child, (e, p) -> {
                        if (p.end() != null && p.end().equals(p.start())) {
                            found.episode(e, values("CINPlanStartDate", p.start(), "CINPlanEndDate", p.end()));
                        }
                    })),
            error("4013", "CIN Plan end date must fall within the census year", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (p.end() != null && !within(p.end(), census)) {
                            found.episode(e, values("CINPlanEndDate", p.end()));
                        }
                    })),
            error("4014", "CIN Plan data contains overlapping dates", (census, child, found) ->
                    eachCinPlan(child, (e, a) -> eachCinPlan(child, (other, b) -> {
                        if (a != b && a.start() != null && b.start() != null && !a.start().isBefore(b.start())
                                && !a.start().isAfter(b.end() != null ? b.end() : census.referenceDate())) {
                            found.episode(e, values("CINPlanStartDate", a.start(), "another CIN plan's start",
                                    b.start(), "its end", b.end()));
                        }
                    }))),
            error("4015", "The CIN Plan start date cannot be before the referral date", (census, child, found) ->
                    eachCinPlan(child, (e, p) -> {
                        if (before(p.start(), e.referralDate())) {
                            found.episode(e, values("CINPlanStartDate", p.start(), "CINreferralDate",
                                    e.referralDate()));
                        }
                    })),
            error("4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
                    (census, child, found) -> eachCinPlan(child, (e, p) -> eachPlan(child, (other, c) -> {
                        if (p.start() != null && c.start() != null && !p.start().isBefore(c.start())
                                && (c.end() != null ? p.start().isBefore(c.end())
                                        : !p.start().isAfter(census.referenceDate()))) {
                            found.episode(e, values("CINPlanStartDate", p.start(), "CPPstartDate", c.start(),
                                    "CPPendDate", c.end()));
                        }
                    }))),
            error("4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
                    (census, child, found) -> eachPlan(child, (e, c) -> eachCinPlan(child, (other, p) -> {
                        if (c.start() != null && p.start() != null && !c.start().isBefore(p.start())
                                && (p.end() != null ? c.start().isBefore(p.end())
                                        : !c.start().isAfter(census.referenceDate()))) {
                            found.episode(e, values("CPPstartDate", c.start(), "CINPlanStartDate", p.start(),
                                    "CINPlanEndDate", p.end()));
                        }
                    }))),

            // The Section 47 enquiry and the initial conference.
            error("1104", "The date of the initial child protection conference cannot be before the referral date",
                    (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (before(s.dateOfInitialCpc(), e.referralDate())) {
                            found.episode(e, values("DateOfInitialCPC", s.dateOfInitialCpc(), "CINreferralDate",
                                    e.referralDate()));
                        }
                    })),
            error("2884", "An initial child protection conference is recorded at both the S47 and CIN Details level "
                    + "and it should only be recorded in one", (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (e.dateOfInitialCpc() != null && e.dateOfInitialCpc().equals(s.dateOfInitialCpc())) {
                            found.episode(e, values("CINdetails DateOfInitialCPC", e.dateOfInitialCpc(),
                                    "Section47 DateOfInitialCPC", s.dateOfInitialCpc()));
                        }
                    })),
            error("2889", "The S47 start date cannot be before the referral date.", (census, child, found) ->
                    eachSection47(child, (e, s) -> {
                        if (before(s.start(), e.referralDate())) {
                            found.episode(e, values("S47ActualStartDate", s.start(), "CINreferralDate",
                                    e.referralDate()));
                        }
                    })),
            error("8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the "
                    + "initial Child Protection Conference", (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (s.dateOfInitialCpc() != null && (s.start() == null
                                || s.start().isAfter(s.dateOfInitialCpc()))) {
                            found.episode(e, values("S47ActualStartDate", s.start(), "DateOfInitialCPC",
                                    s.dateOfInitialCpc()));
                        }
                    })),
            // "The reference date minus 15 working days" as the product counts a timescale: the query comes when
            // the ICPC's 15 working days ran out before 31 March.
            query("8675Q", "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 "
                    + "working days before the end of the census year. However, there is no date of Initial Child "
                    + "Protection Conference.", (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (s.dateOfInitialCpc() == null && !s.icpcNotRequired()
                                && before(s.start(), census.workingDaysBeforeTheEnd(15))) {
                            found.episode(e, values("S47ActualStartDate", s.start(), "DateOfInitialCPC", null,
                                    "ICPCnotRequired", false));
                        }
                    })),
            error("8715", "Date of Initial Child Protection Conference must fall within the census year",
                    (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (s.dateOfInitialCpc() != null && !within(s.dateOfInitialCpc(), census)) {
                            found.episode(e, values("DateOfInitialCPC", s.dateOfInitialCpc()));
                        }
                    })),
            error("8740", "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the "
                    + "end of the census year, the start date must fall within the census year",
                    (census, child, found) -> eachSection47(child, (e, s) -> {
                        if (s.dateOfInitialCpc() == null && !s.icpcNotRequired() && s.start() != null
                                && !within(s.start(), census)) {
                            found.episode(e, values("S47ActualStartDate", s.start(), "DateOfInitialCPC", null));
                        }
                    })),
            error("8839", "Within one CINDetails group there are 2 or more open S47 Assessments",
                    (census, child, found) -> eachEpisode(child, e -> {
                        long open = e.section47s().stream()
                                .filter(s -> s.dateOfInitialCpc() == null && !s.icpcNotRequired()).count();
                        if (open > 1) {
                            found.episode(e, values("Section 47 enquiries without DateOfInitialCPC", open));
                        }
                    })),
            query("8870Q", "Please check and either amend or provide a reason: The Target Date for Initial Child "
                    + "Protection Conference should not be a weekend", (census, child, found) ->
                    eachSection47(child, (e, s) -> {
                        if (s.initialCpcTarget() != null && weekend(s.initialCpcTarget())) {
                            found.episode(e, values("InitialCPCtarget", s.initialCpcTarget()));
                        }
                    })),
            error("8875", "The Date of Initial Child Protection Conference cannot be a weekend", (census, child, found) ->
                    eachSection47(child, (e, s) -> {
                        if (s.dateOfInitialCpc() != null && weekend(s.dateOfInitialCpc())) {
                            found.episode(e, values("DateOfInitialCPC", s.dateOfInitialCpc()));
                        }
                    })),
            error("8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
                    (census, child, found) -> eachEpisode(child, e -> {
                        for (CensusReturn.Section47 a : e.section47s()) {
                            for (CensusReturn.Section47 b : e.section47s()) {
                                if (a == b || a.start() == null || b.start() == null || a.start().isBefore(b.start())
                                        || (b.dateOfInitialCpc() == null && b.icpcNotRequired())) {
                                    continue;
                                }
                                LocalDate bEnds = b.dateOfInitialCpc() != null ? b.dateOfInitialCpc()
                                        : census.referenceDate();
                                if (!a.start().isAfter(bEnds)) {
                                    found.episode(e, values("S47ActualStartDate", a.start(),
                                            "another enquiry's start", b.start(), "its DateOfInitialCPC",
                                            b.dateOfInitialCpc()));
                                }
                            }
                        }
                    })),

            // Child protection plans.
            error("1105", "The child protection plan start date cannot be before the referral date",
                    (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (before(p.start(), e.referralDate())) {
                            found.episode(e, values("CPPstartDate", p.start(), "CINreferralDate", e.referralDate()));
                        }
                    })),
            error("2885", "Child protection plan shown as starting a different day to the initial child protection "
                    + "conference.", (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (p.start() == null || !within(p.start(), census)) {
                            return;
                        }
                        List<CensusReturn.Section47> held = e.section47s().stream()
                                .filter(s -> !s.icpcNotRequired()).toList();
                        boolean matches = held.isEmpty() ? p.start().equals(e.dateOfInitialCpc())
                                : held.stream().anyMatch(s -> p.start().equals(s.dateOfInitialCpc()));
                        if (!matches) {
                            found.episode(e, values("CPPstartDate", p.start(), "DateOfInitialCPC", held.isEmpty()
                                    ? e.dateOfInitialCpc() : held.get(0).dateOfInitialCpc()));
                        }
                    })),
            error("8720", "Child Protection Plan Start Date missing or out of data collection period",
                    (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (p.start() == null || p.start().isAfter(census.referenceDate())) {
                            found.episode(e, values("CPPstartDate", p.start()));
                        }
                    })),
            error("8730", "Total Number of previous Child Protection Plans missing", (census, child, found) ->
                    eachPlan(child, (e, p) -> {
                        if (p.numberOfPreviousPlans() < 0) {
                            found.episode(e, values("NumberOfPreviousCPP", p.numberOfPreviousPlans()));
                        }
                    })),
            error("8832", "Child Protection details provided for a referral with no further action.",
                    (census, child, found) -> eachEpisode(child, e -> {
                        if (e.referralNfa() && !e.protectionPlans().isEmpty()) {
                            found.episode(e, values("ReferralNFA", true, "CPPstartDate",
                                    e.protectionPlans().get(0).start()));
                        }
                    })),
            error("8840", "Child Protection Plan cannot start and end on the same day", (census, child, found) ->
                    eachPlan(child, (e, p) -> {
                        if (p.end() != null && p.end().equals(p.start())) {
                            found.episode(e, values("CPPstartDate", p.start(), "CPPendDate", p.end()));
                        }
                    })),
            error("8841", "The review date cannot be on the same day or before the Child protection Plan start date.",
                    (census, child, found) -> eachPlan(child, (e, p) -> p.reviews().stream()
                            .filter(review -> p.start() != null && !review.isAfter(p.start())).findFirst()
                            .ifPresent(review -> found.episode(e, values("CPPstartDate", p.start(),
                                    "CPPreviewDate", review))))),
            error("8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census "
                    + "code set)", (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (p.initialCategory() == null || !CATEGORIES.contains(p.initialCategory())) {
                            found.episode(e, values("InitialCategoryOfAbuse", p.initialCategory()));
                        }
                    })),
            error("8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census "
                    + "code set)", (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (p.latestCategory() == null || !CATEGORIES.contains(p.latestCategory())) {
                            found.episode(e, values("LatestCategoryOfAbuse", p.latestCategory()));
                        }
                    })),
            error("8915", "Child Protection Plan shown as starting after the child’s Date of Death",
                    (census, child, found) -> eachPlan(child, (e, p) -> {
                        if (before(child.deathDate(), p.start())) {
                            found.episode(e, values("CPPstartDate", p.start(), "PersonDeathDate", child.deathDate()));
                        }
                    })),
            error("8920", "Child Protection Plan cannot end after the child’s Date of Death", (census, child, found) ->
                    eachPlan(child, (e, p) -> {
                        if (before(child.deathDate(), p.end())) {
                            found.episode(e, values("CPPendDate", p.end(), "PersonDeathDate", child.deathDate()));
                        }
                    })),
            error("8925", "Child Protection Plan End Date earlier than Start Date", (census, child, found) ->
                    eachPlan(child, (e, p) -> {
                        if (before(p.end(), p.start())) {
                            found.episode(e, values("CPPstartDate", p.start(), "CPPendDate", p.end()));
                        }
                    })),
            error("8930", "Child Protection Plan End Date must fall within the census year", (census, child, found) ->
                    eachPlan(child, (e, p) -> {
                        if (p.end() != null && !within(p.end(), census)) {
                            found.episode(e, values("CPPendDate", p.end()));
                        }
                    })),
            // Across the child's episodes: a child has one plan open at a time, whichever episode holds it.
            error("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date",
                    (census, child, found) -> {
                        List<CensusReturn.Episode> open = child.episodes().stream().flatMap(e -> e.protectionPlans()
                                .stream().filter(p -> p.end() == null).map(p -> e)).toList();
                        if (open.size() > 1) {
                            found.episode(open.get(1), values("plans without CPPendDate", open.size()));
                        }
                    }),
            error("8940", "Child Protection Plan data contains overlapping dates", (census, child, found) ->
                    eachPlan(child, (e, a) -> eachPlan(child, (other, b) -> {
                        if (a != b && a.start() != null && b.start() != null && !a.start().isBefore(b.start())
                                && !a.start().isAfter(b.end() != null ? b.end() : census.referenceDate())) {
                            found.episode(e, values("CPPstartDate", a.start(), "another plan's start", b.start(),
                                    "its end", b.end()));
                        }
                    }))));

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
    }
}
