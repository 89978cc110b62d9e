package uk.gov.childprotection.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.CensusClosure;
import uk.gov.childprotection.cases.Child;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceRepository;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.documents.CouncilSettings;
import uk.gov.childprotection.plan.ChildInNeedPlan;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.referral.Section47Enquiry;
import uk.gov.childprotection.referral.Section47EnquiryRepository;

/**
 * Builds the census return for a year from what the lifecycle and the census page recorded. Every table is read
 * once, whole, and joined here: a council's year is a few thousand episodes, and one query per case would be
 * tens of thousands (see docs/benchmarks.md).
 */
@Service
public class CensusReturnService {

    private final CaseRepository cases;
    private final CensusChildRepository censusChildren;
    private final CensusEpisodeRepository censusEpisodes;
    private final Section47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final DeadlineRepository deadlines;
    private final ChildProtectionPlanRepository protectionPlans;
    private final ChildInNeedPlanRepository childInNeedPlans;
    private final CouncilSettings council;
    private final uk.gov.childprotection.calendar.WorkingDayCalendar calendar;

    CensusReturnService(CaseRepository cases, CensusChildRepository censusChildren,
            CensusEpisodeRepository censusEpisodes, Section47EnquiryRepository enquiries,
            ConferenceRepository conferences, DeadlineRepository deadlines,
            ChildProtectionPlanRepository protectionPlans, ChildInNeedPlanRepository childInNeedPlans,
            CouncilSettings council, uk.gov.childprotection.calendar.WorkingDayCalendar calendar) {
        this.cases = cases;
        this.censusChildren = censusChildren;
        this.censusEpisodes = censusEpisodes;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.deadlines = deadlines;
        this.protectionPlans = protectionPlans;
        this.childInNeedPlans = childInNeedPlans;
        this.council = council;
        this.calendar = calendar;
    }

    /** A return with every break of the DfE's rules the product checks, and what it holds. */
    public record Checked(CensusReturn census, List<CensusRules.Break> breaks) {

        public long episodes() {
            return census.children().stream().mapToLong(c -> c.episodes().size()).sum();
        }

        public long errors() {
            return breaks.stream().filter(b -> b.kind() == CensusRules.Kind.ERROR).count();
        }

        public long queries() {
            return breaks.size() - errors();
        }
    }

    /** The census year a day falls in, named by the year it ends (1 April 2026 to 31 March 2027 is 2027). */
    public static int censusYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
    }

    /**
     * Reads a census year as typed ("2027"): from the first year the census took its present shape (2014, the
     * year to 31 March 2014) to the year under way; anything else is refused in words.
     */
    public static int readYear(String typed, LocalDate today) {
        int latest = censusYearOf(today);
        try {
            int year = Integer.parseInt(typed.trim());
            if (year >= 2014 && year <= latest) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, in words
        }
        throw uk.gov.childprotection.common.InvalidSubmissionException.of("year", "must be a census year from 2014 "
                + "to " + latest + ", named by the year it ends on 31 March, like " + latest);
    }

    @Transactional(readOnly = true)
    public Checked checked(int year) {
        CensusReturn census = forYear(year);
        return new Checked(census, CensusRules.check(census, calendar));
    }

    /** The return for the census year to 31 March {@code year}: every child with an episode open in it. */
    @Transactional(readOnly = true)
    public CensusReturn forYear(int year) {
        LocalDate start = CensusReturn.startOf(year);
        LocalDate end = CensusReturn.referenceDateOf(year);
        List<ChildProtectionCase> inYear = cases.findAllWithChild().stream()
                .filter(c -> !c.getReferralDate().isAfter(end))
                .filter(c -> c.getClosureDate() == null || !c.getClosureDate().isBefore(start))
                .sorted(Comparator.comparing((ChildProtectionCase c) -> c.getChild().getId())
                        .thenComparing(ChildProtectionCase::getReferralDate).thenComparing(ChildProtectionCase::getId))
                .toList();
        Map<Long, CensusChild> childItems = byKey(censusChildren.findAll(), CensusChild::getChildId);
        Map<Long, CensusEpisode> episodeItems = byKey(censusEpisodes.findAll(), CensusEpisode::getCaseId);
        Map<Long, Section47Enquiry> enquiryOf = byKey(enquiries.findAll(), Section47Enquiry::getCaseId);
        Map<Long, List<Conference>> conferencesOf = conferences.findAll().stream()
                .sorted(Comparator.comparing(Conference::getId))
                .collect(Collectors.groupingBy(Conference::getCaseId));
        Map<Long, List<StatutoryDeadline>> icpcDeadlinesOf = deadlines.findByKindIn(
                EnumSet.of(DeadlineKind.ICPC_HELD, DeadlineKind.TRANSFER_IN_CONFERENCE)).stream()
                .sorted(Comparator.comparing(StatutoryDeadline::getId))
                .collect(Collectors.groupingBy(StatutoryDeadline::getCaseId));
        Map<Long, List<ChildProtectionPlan>> plansOf = protectionPlans.findAll().stream()
                .sorted(Comparator.comparing(ChildProtectionPlan::getStartDate).thenComparing(ChildProtectionPlan::getId))
                .collect(Collectors.groupingBy(ChildProtectionPlan::getCaseId));
        Map<Long, List<ChildInNeedPlan>> cinPlansOf = childInNeedPlans.findAll().stream()
                .sorted(Comparator.comparing(ChildInNeedPlan::getStartDate).thenComparing(ChildInNeedPlan::getId))
                .collect(Collectors.groupingBy(ChildInNeedPlan::getCaseId));

        Map<Long, List<CensusReturn.Episode>> episodesOfChild = new LinkedHashMap<>();
        Map<Long, Child> childOf = new LinkedHashMap<>();
        for (ChildProtectionCase c : inYear) {
            childOf.putIfAbsent(c.getChild().getId(), c.getChild());
            episodesOfChild.computeIfAbsent(c.getChild().getId(), id -> new ArrayList<>()).add(episode(c, end,
                    episodeItems.get(c.getId()), enquiryOf.get(c.getId()),
                    conferencesOf.getOrDefault(c.getId(), List.of()),
                    icpcDeadlinesOf.getOrDefault(c.getId(), List.of()), plansOf.getOrDefault(c.getId(), List.of()),
                    cinPlansOf.getOrDefault(c.getId(), List.of())));
        }
        List<CensusReturn.Child> children = new ArrayList<>();
        childOf.forEach((id, child) -> children.add(child(child, childItems.get(id), end,
                episodesOfChild.get(id))));
        return new CensusReturn(year, start, end, council.code(), children);
    }

    private static CensusReturn.Child child(Child child, CensusChild items, LocalDate end,
            List<CensusReturn.Episode> episodes) {
        boolean born = child.getDateOfBirth() != null && !child.getDateOfBirth().isAfter(end);
        return new CensusReturn.Child(String.valueOf(child.getId()), child.fullName(),
                items == null ? null : items.getUpn(), items == null ? null : items.getUpnUnknown(),
                born ? child.getDateOfBirth() : null,
                born ? null : child.getExpectedDateOfDelivery(),
                // An unborn child's sex is U in the census, whatever a scan has shown.
                !born ? "U" : switch (child.getGender() == null ? Gender.NOT_KNOWN : child.getGender()) {
                    case MALE -> "M";
                    case FEMALE -> "F";
                    case NOT_KNOWN -> "U";
                },
                items == null ? null : asAt(items.getDateOfDeath(), end),
                items == null ? null : items.getEthnicity(),
                items == null || items.getDisabilities() == null ? List.of()
                        : Arrays.asList(items.getDisabilities().split(",")),
                episodes);
    }

    private static CensusReturn.Episode episode(ChildProtectionCase c, LocalDate end, CensusEpisode items,
            Section47Enquiry enquiry, List<Conference> caseConferences, List<StatutoryDeadline> icpcDeadlines,
            List<ChildProtectionPlan> plans, List<ChildInNeedPlan> cinPlans) {
        LocalDate closed = asAt(c.getClosureDate(), end);
        // InitialCPCtarget: the ICPC timescale; for a child who moved here on a plan, the transfer-in conference's.
        LocalDate icpcTarget = icpcDeadlines.stream().filter(d -> d.getKind() == DeadlineKind.ICPC_HELD)
                .map(StatutoryDeadline::getDueDate).findFirst()
                .or(() -> icpcDeadlines.stream().map(StatutoryDeadline::getDueDate).findFirst()).orElse(null);
        LocalDate icpcHeld = asAt(caseConferences.stream().filter(CensusClosure::isInitialCpc)
                .map(Conference::getHeldDate).findFirst().orElse(null), end);
        List<CensusReturn.Assessment> assessments = items == null || items.getAssessmentStart() == null
                || items.getAssessmentStart().isAfter(end) ? List.of()
                : List.of(new CensusReturn.Assessment(items.getAssessmentStart(),
                        asAt(items.getAssessmentAuthorised(), end),
                        items.getAssessmentAuthorised() == null || items.getAssessmentAuthorised().isAfter(end)
                                || items.getAssessmentFactors() == null ? List.of()
                                : Arrays.asList(items.getAssessmentFactors().split(","))));
        List<CensusReturn.Section47> section47s = enquiry == null || enquiry.getStartDate().isAfter(end) ? List.of()
                : List.of(new CensusReturn.Section47(enquiry.getStartDate(), icpcTarget, icpcHeld,
                        Boolean.TRUE.equals(c.getIcpcNotRequired())));
        return new CensusReturn.Episode(c.getReference(), c.getReferralDate(),
                items != null && items.getReferralSource() != null ? items.getReferralSource()
                        : CensusCodes.ReferralSource.suggestedFor(c.getReferralSource()),
                items == null ? null : items.getPrimaryNeed(), closed,
                closed == null || c.getClosureReason() == null ? null : c.getClosureReason().name(),
                // DfE 2884: an ICPC is recorded once, on the enquiry when there is one (a transfer-in has none).
                section47s.isEmpty() ? icpcHeld : null, assessments,
                cinPlans.stream().filter(p -> !p.getStartDate().isAfter(end))
                        .map(p -> new CensusReturn.CinPlan(p.getStartDate(), asAt(p.getEndDate(), end))).toList(),
                section47s, c.isReferralNfa(),
                plans.stream().filter(p -> !p.getStartDate().isAfter(end))
                        .map(p -> new CensusReturn.ProtectionPlan(p.getStartDate(), asAt(p.getEndDate(), end),
                                p.getInitialCategory(), p.getLatestCategory(), p.getNumberOfPreviousPlans(),
                                caseConferences.stream()
                                        .filter(r -> r.getConferenceType() == ConferenceType.REVIEW
                                                && p.getId().equals(r.getPlanId()) && r.isDecided()
                                                && r.getHeldDate() != null && !r.getHeldDate().isAfter(end))
                                        .map(Conference::getHeldDate).sorted().toList()))
                        .toList());
    }

    /** A date as the census sees it on its reference date: one after it has not happened yet. */
    private static LocalDate asAt(LocalDate date, LocalDate end) {
        return date == null || date.isAfter(end) ? null : date;
    }

    private static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
        Map<K, V> map = new java.util.HashMap<>();
        rows.forEach(row -> map.putIfAbsent(key.apply(row), row));
        return map;
    }
}
