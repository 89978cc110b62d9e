package uk.gov.childprotection.referral;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.Problems;

/** The strategy discussion and the Section 47 enquiry: the rules, and what they leave in the record. */
@Service
@Transactional
public class ReferralService {

    private final ChildCaseService cases;
    private final StrategyDiscussionRepository discussions;
    private final Section47EnquiryRepository enquiries;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;

    public ReferralService(ChildCaseService cases, StrategyDiscussionRepository discussions,
            Section47EnquiryRepository enquiries, DeadlineService deadlines, WorkingDayCalendar calendar,
            TimescaleSettings timescales, Today today) {
        this.cases = cases;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
    }

    /**
     * Records the strategy discussion. A Section 47 decision starts the enquiry on the discussion's date and
     * the ICPC timescale with it; NFA and Child in Need end the referral here.
     */
    public ReferralOutcome recordStrategyDiscussion(String caseReference, StrategyDiscussionRecord record,
            Problems problems, String recordedBy) {
        ChildProtectionCase aCase = cases.get(caseReference);
        LocalDate date = record.date();
        if (date != null) {
            problems.check(!date.isAfter(today.date()), "strategyDiscussionDate", "must not be in the future");
            problems.check(!date.isBefore(aCase.getReferralDate()), "strategyDiscussionDate",
                    "must not be before the referral (" + DeadlineService.longDate(aCase.getReferralDate()) + ")");
        }
        problems.check(discussions.findByCaseId(aCase.getId()).isEmpty(), "strategyDiscussionDate",
                "a strategy discussion is already recorded for case " + caseReference);
        problems.throwIfAny();

        discussions.save(new StrategyDiscussion(aCase.getId(), record, recordedBy, today.now().toInstant()));
        return switch (record.decision()) {
            case NO_FURTHER_ACTION -> {
                aCase.recordReferralNfa();
                yield ReferralOutcome.NO_FURTHER_ACTION;
            }
            case CHILD_IN_NEED -> ReferralOutcome.CHILD_IN_NEED;
            case SECTION_47 -> {
                enquiries.save(new Section47Enquiry(aCase.getId(), date));
                aCase.moveTo(CaseStage.SECTION_47_ENQUIRY);
                deadlines.open(aCase, null, DeadlineKind.ICPC_HELD, initialConferenceTarget(aCase, date));
                yield null;
            }
        };
    }

    /**
     * InitialCPCtarget: the strategy discussion + 15 working days; for an unborn child no later than the local
     * policy's time before the expected date of delivery, when that is still ahead.
     */
    private LocalDate initialConferenceTarget(ChildProtectionCase aCase, LocalDate strategyDiscussion) {
        LocalDate target = calendar.addWorkingDays(strategyDiscussion, timescales.icpcWorkingDays());
        LocalDate expected = aCase.getChild().getExpectedDateOfDelivery();
        if (aCase.getChild().isUnborn() && expected != null) {
            LocalDate preBirth = calendar.dueAfter(expected, timescales.preBirthConferenceBeforeDueDate().negated());
            if (preBirth.isBefore(target) && preBirth.isAfter(strategyDiscussion)) {
                target = preBirth;
            }
        }
        return target;
    }

    public void recordSection47Findings(String caseReference, Section47Findings findings, Problems problems,
            String recordedBy) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Section47Enquiry enquiry = enquiry(aCase);
        LocalDate now = today.date();
        if (findings.childSeenDate() != null) {
            problems.check(!findings.childSeenDate().isAfter(now), "childSeenDate", "must not be in the future");
            problems.check(!findings.childSeenDate().isBefore(aCase.getReferralDate()), "childSeenDate",
                    "must not be before the referral (" + DeadlineService.longDate(aCase.getReferralDate()) + ")");
        }
        if (findings.completedDate() != null) {
            problems.check(!findings.completedDate().isAfter(now), "enquiryCompletedDate",
                    "must not be in the future");
            problems.check(!findings.completedDate().isBefore(enquiry.getStartDate()), "enquiryCompletedDate",
                    "must not be before the enquiry started (" + enquiry.getStartDate() + ")");
            if (findings.childSeenDate() != null) {
                problems.check(!findings.completedDate().isBefore(findings.childSeenDate()),
                        "enquiryCompletedDate", "must not be before the child was seen");
            }
        }
        problems.throwIfAny();
        enquiry.recordFindings(findings, recordedBy);
    }

    /**
     * The team manager authorises the outcome or returns it. Authorised, it decides where the case goes:
     * an ICPC, a Child in Need plan, or no further action (and then no ICPC is required).
     */
    public ReferralOutcome authoriseSection47Outcome(String caseReference, Section47Enquiry.Authorisation decision,
            String comments, Problems problems, String manager) {
        ChildProtectionCase aCase = cases.get(caseReference);
        Section47Enquiry enquiry = enquiry(aCase);
        problems.check(decision != Section47Enquiry.Authorisation.RETURNED || comments != null, "managerComments",
                "say what the social worker should look at again when you return the enquiry");
        problems.check(enquiry.getOutcome() != null, "authorisation", "the enquiry has no recorded outcome yet");
        problems.throwIfAny();

        enquiry.decide(decision, comments, manager, today.now().toInstant());
        if (decision == Section47Enquiry.Authorisation.RETURNED) {
            return null;
        }
        boolean conference = enquiry.getOutcome() == Section47Outcome.CONVENE_ICPC;
        aCase.recordIcpcRequired(conference);
        if (!conference) {
            deadlines.cancel(aCase, DeadlineKind.ICPC_HELD,
                    "No initial conference needed: the Section 47 outcome was authorised without one");
        }
        return switch (enquiry.getOutcome()) {
            case NOT_SUBSTANTIATED -> ReferralOutcome.NO_FURTHER_ACTION;
            case CHILD_IN_NEED -> ReferralOutcome.CHILD_IN_NEED;
            case CONVENE_ICPC -> {
                aCase.moveTo(CaseStage.INITIAL_CONFERENCE);
                yield ReferralOutcome.INITIAL_CONFERENCE;
            }
        };
    }

    @Transactional(readOnly = true)
    public Section47Enquiry enquiry(ChildProtectionCase aCase) {
        return enquiries.findByCaseId(aCase.getId()).orElseThrow(() -> new IllegalStateException(
                "Case " + aCase.getReference() + " has no Section 47 enquiry"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<StrategyDiscussion> strategyDiscussion(ChildProtectionCase aCase) {
        return discussions.findByCaseId(aCase.getId());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Section47Enquiry> findEnquiry(ChildProtectionCase aCase) {
        return enquiries.findByCaseId(aCase.getId());
    }

    @Transactional(readOnly = true)
    public Section47Enquiry enquiry(String caseReference) {
        return enquiry(cases.get(caseReference));
    }
}
