package uk.gov.childprotection.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.common.InvalidSubmissionException;

/**
 * The census items a person records for a child and their episode (the unique pupil number or why it is unknown,
 * ethnicity, disabilities, date of death; the referral source and primary need in the census codes, the
 * assessment), checked as they are typed, so the return has nothing to mend that could have been said at once.
 */
@Service
public class CensusService {

    /** What is recorded, in the DfE's codes; dates as dates. Lists are empty, never null. */
    public record CensusDetails(String upn, String upnUnknown, String ethnicity, List<String> disabilities,
            LocalDate dateOfDeath, String referralSource, String primaryNeed, LocalDate assessmentStart,
            LocalDate assessmentAuthorised, List<String> assessmentFactors) {

        public CensusDetails {
            upn = trimmed(upn);
            upnUnknown = trimmed(upnUnknown);
            ethnicity = trimmed(ethnicity);
            referralSource = trimmed(referralSource);
            primaryNeed = trimmed(primaryNeed);
            disabilities = disabilities == null ? List.of() : disabilities.stream().map(CensusService::trimmed)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            assessmentFactors = assessmentFactors == null ? List.of() : assessmentFactors.stream()
                    .map(CensusService::trimmed).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    private final ChildCaseService cases;
    private final CensusChildRepository children;
    private final CensusEpisodeRepository episodes;
    private final Today today;

    CensusService(ChildCaseService cases, CensusChildRepository children, CensusEpisodeRepository episodes,
            Today today) {
        this.cases = cases;
        this.children = children;
        this.episodes = episodes;
        this.today = today;
    }

    /**
     * What is recorded for the case's child and episode; until the referral source is recorded in the census
     * codes, the one its referral gives where that says which (the police, a school, anonymous).
     */
    @Transactional(readOnly = true)
    public CensusDetails of(String caseReference) {
        ChildProtectionCase c = cases.get(caseReference);
        CensusChild child = children.findById(c.getChild().getId()).orElse(null);
        CensusEpisode episode = episodes.findById(c.getId()).orElse(null);
        String source = episode != null && episode.getReferralSource() != null ? episode.getReferralSource()
                : CensusCodes.ReferralSource.suggestedFor(c.getReferralSource());
        return new CensusDetails(child == null ? null : child.getUpn(), child == null ? null : child.getUpnUnknown(),
                child == null ? null : child.getEthnicity(), child == null ? List.of() : split(child.getDisabilities()),
                child == null ? null : child.getDateOfDeath(), source,
                episode == null ? null : episode.getPrimaryNeed(),
                episode == null ? null : episode.getAssessmentStart(),
                episode == null ? null : episode.getAssessmentAuthorised(),
                episode == null ? List.of() : split(episode.getAssessmentFactors()));
    }

    /** Records the items, or refuses them all with each problem in words by its field; nothing half-saved. */
    @Transactional
    public CensusDetails record(String caseReference, CensusDetails details, String by) {
        ChildProtectionCase c = cases.get(caseReference);
        Map<String, String> problems = problems(details, c.getChild().getDateOfBirth(), c.getReferralDate(),
                today.date());
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        var at = ClockUtil.getCurrentTime().toInstant();
        CensusChild child = children.findById(c.getChild().getId()).orElseGet(() -> new CensusChild(
                c.getChild().getId()));
        child.record(details.upn() == null ? null : details.upn().toUpperCase(java.util.Locale.ROOT),
                details.upnUnknown(), details.ethnicity(), joined(details.disabilities()), details.dateOfDeath(), by,
                at);
        children.save(child);
        CensusEpisode episode = episodes.findById(c.getId()).orElseGet(() -> new CensusEpisode(c.getId()));
        episode.record(details.referralSource(), details.primaryNeed(), details.assessmentStart(),
                details.assessmentAuthorised(), joined(details.assessmentFactors()), by, at);
        episodes.save(episode);
        return of(caseReference);
    }

    /** Every problem with what was typed, by field, in the order of the form; none when it may be recorded. */
    static Map<String, String> problems(CensusDetails d, LocalDate born, LocalDate referred, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.upn() != null) {
            String upnProblem = Upn.problem(d.upn());
            if (upnProblem != null) {
                problems.put("upn", upnProblem);
            } else if (d.upnUnknown() != null) {
                problems.put("upnUnknown", "Give the unique pupil number or the reason it is not known, not both");
            }
        }
        if (d.upnUnknown() != null && !CensusCodes.UpnUnknown.isCode(d.upnUnknown())) {
            problems.put("upnUnknown", "Choose the reason the unique pupil number is not known from the list");
        }
        if (d.ethnicity() != null && !CensusCodes.Ethnicity.isCode(d.ethnicity())) {
            problems.put("ethnicity", "Choose the child's ethnicity from the list");
        }
        if (d.disabilities().stream().anyMatch(code -> !CensusCodes.Disability.isCode(code))) {
            problems.put("disabilities", "Choose the child's disabilities from the list");
        } else if (d.disabilities().contains(CensusCodes.Disability.NONE.code()) && d.disabilities().size() > 1) {
            problems.put("disabilities", "Choose \"No disability\" or the child's disabilities, not both");
        }
        if (d.dateOfDeath() != null) {
            if (d.dateOfDeath().isAfter(today)) {
                problems.put("dateOfDeath", "The date of death must be today or in the past");
            } else if (born != null && d.dateOfDeath().isBefore(born)) {
                problems.put("dateOfDeath", "The date of death must be on or after the date of birth");
            }
        }
        if (d.referralSource() != null && !CensusCodes.ReferralSource.isCode(d.referralSource())) {
            problems.put("referralSource", "Choose who made the referral from the list");
        }
        if (d.primaryNeed() != null && !CensusCodes.PrimaryNeed.isCode(d.primaryNeed())) {
            problems.put("primaryNeed", "Choose the child's primary need from the list");
        }
        if (d.assessmentStart() != null) {
            if (d.assessmentStart().isAfter(today)) {
                problems.put("assessmentStart", "The date the assessment started must be today or in the past");
            } else if (referred != null && d.assessmentStart().isBefore(referred)) {
                problems.put("assessmentStart", "The date the assessment started must be on or after the referral, "
                        + "received on " + uk.gov.childprotection.cases.DeadlineService.longDate(referred));
            }
        }
        if (d.assessmentAuthorised() != null) {
            if (d.assessmentStart() == null) {
                problems.put("assessmentStart", "Enter the date the assessment started: it was authorised");
            } else if (d.assessmentAuthorised().isBefore(d.assessmentStart())) {
                problems.put("assessmentAuthorised",
                        "The date the assessment was authorised must be on or after the date it started");
            }
            if (d.assessmentAuthorised().isAfter(today)) {
                problems.put("assessmentAuthorised", "The date the assessment was authorised must be today or in the "
                        + "past");
            }
        }
        if (d.assessmentFactors().stream().anyMatch(code -> !CensusCodes.AssessmentFactor.isCode(code))) {
            problems.put("assessmentFactors", "Choose the factors identified from the list");
        } else if (!d.assessmentFactors().isEmpty() && d.assessmentAuthorised() == null) {
            problems.put("assessmentFactors", "Record the factors once the assessment is authorised, with the date "
                    + "it was authorised");
        } else if (d.assessmentFactors().contains(CensusCodes.AssessmentFactor.NO_FACTORS.code())
                && d.assessmentFactors().size() > 1) {
            problems.put("assessmentFactors", "Choose \"No factors identified\" or the factors, not both");
        }
        return problems;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
    }

    private static String joined(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }
}
