package uk.gov.childprotection.cases;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/** Opens cases from referrals and finds them again. The API and the Tasklist start form both come here. */
@Service
@Transactional
public class ChildCaseService {

    public static final String LIFECYCLE_PROCESS = "child-protection-case";
    public static final String CASE_REFERENCE = "caseReference";
    /** Start variable: the case begins with a transfer-in conference instead of a strategy discussion. */
    public static final String TRANSFER_IN = "transferIn";

    private final CaseRepository cases;
    private final ChildRepository children;
    private final RuntimeService runtime;
    private final Staff staff;
    private final DeadlineService deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleSettings timescales;
    private final Today today;
    private final ApplicationAuthority authority;

    public ChildCaseService(CaseRepository cases, ChildRepository children, RuntimeService runtime, Staff staff,
            DeadlineService deadlines, WorkingDayCalendar calendar, TimescaleSettings timescales, Today today,
            ApplicationAuthority authority) {
        this.authority = authority;
        this.cases = cases;
        this.children = children;
        this.runtime = runtime;
        this.staff = staff;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.today = today;
    }

    /** Stores the referral and starts the case lifecycle with the case reference as business key. */
    public ChildProtectionCase openCase(NewReferral referral) {
        ChildProtectionCase aCase = register(referral);
        authority.run(() -> runtime.startProcessInstanceByKey(LIFECYCLE_PROCESS, aCase.getReference(),
                Map.of(CASE_REFERENCE, aCase.getReference(), TRANSFER_IN, aCase.isTransferIn())));
        return aCase;
    }

    /** Validates and stores the referral; the caller starts (or is) the lifecycle process. */
    public ChildProtectionCase register(NewReferral referral) {
        validate(referral);
        NewReferral.ChildDetails details = referral.child();
        // A child referred again is the same child (same names and date of birth): their previous plans count,
        // and no two plans of theirs may overlap.
        Child child = details.dateOfBirth() == null
                ? children.save(Child.unborn(details.givenName().trim(), details.familyName().trim(),
                        details.expectedDateOfDelivery(), details.gender(), blankToNull(details.address()),
                        blankToNull(details.firstLanguage()), today.now().toInstant()))
                : children.findFirstByGivenNameIgnoreCaseAndFamilyNameIgnoreCaseAndDateOfBirthOrderByIdAsc(
                        details.givenName().trim(), details.familyName().trim(), details.dateOfBirth())
                .orElseGet(() -> children.save(new Child(details.givenName().trim(), details.familyName().trim(),
                        details.dateOfBirth(), details.gender(), blankToNull(details.address()),
                        blankToNull(details.firstLanguage()), today.now().toInstant())));
        ChildProtectionCase aCase = cases.save(new ChildProtectionCase(child, referral.referralDate(),
                referral.referralSource(), referral.concerns().trim(), referral.circumstancesOrNone(),
                blankToNull(referral.socialWorker()), blankToNull(referral.teamManager()), today.now().toInstant()));
        NewReferral.TransferIn transfer = referral.transferIn();
        if (transfer != null) {
            aCase.transferredIn(transfer.fromCouncil().trim(), transfer.notifiedDate());
            deadlines.open(aCase, null, DeadlineKind.TRANSFER_IN_CONFERENCE,
                    calendar.addWorkingDays(transfer.notifiedDate(), timescales.transferInWorkingDays()));
        }
        return aCase;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ChildProtectionCase> find(String reference) {
        return reference == null ? java.util.Optional.empty() : cases.findByReference(reference);
    }

    @Transactional(readOnly = true)
    public ChildProtectionCase get(String reference) {
        return cases.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("There is no case with reference " + reference));
    }

    private void validate(NewReferral referral) {
        Problems problems = new Problems();
        LocalDate now = today.date();
        NewReferral.ChildDetails child = referral.child();
        problems.check(child != null, "child", "is required");
        if (child != null) {
            problems.check(notBlank(child.givenName()), "child.givenName", "is required");
            problems.check(notBlank(child.familyName()), "child.familyName", "is required");
            problems.check(child.gender() != null, "child.gender", "is required");
            LocalDate born = child.dateOfBirth();
            LocalDate expected = child.expectedDateOfDelivery();
            problems.check(born != null || expected != null, "child.dateOfBirth",
                    "give the date of birth, or the expected date of delivery for an unborn child");
            problems.check(born == null || expected == null, "child.expectedDateOfDelivery",
                    "only for a child not yet born: give the date of birth or the expected date, not both");
            if (expected != null) {
                problems.check(!expected.isBefore(now.minusWeeks(4)), "child.expectedDateOfDelivery",
                        "is long past: record the child's date of birth instead");
                problems.check(!expected.isAfter(now.plusMonths(10)), "child.expectedDateOfDelivery",
                        "is more than 10 months away");
            }
            if (born != null) {
                problems.check(!born.isAfter(now), "child.dateOfBirth", "must not be in the future");
                problems.check(!born.plusYears(18).isBefore(now) && !born.plusYears(18).isEqual(now),
                        "child.dateOfBirth", "the child must be under 18");
            }
        }
        LocalDate referred = referral.referralDate();
        problems.check(referred != null, "referralDate", "is required");
        if (referred != null) {
            problems.check(!referred.isAfter(now), "referralDate", "must not be in the future");
            if (child != null && child.dateOfBirth() != null && !problems.has("child.dateOfBirth")) {
                problems.check(!referred.isBefore(child.dateOfBirth()), "referralDate",
                        "must not be before the child's date of birth");
            }
        }
        problems.check(referral.referralSource() != null, "referralSource", "is required");
        NewReferral.TransferIn transfer = referral.transferIn();
        if (transfer != null) {
            problems.check(notBlank(transfer.fromCouncil()), "transferIn.fromCouncil", "is required");
            problems.check(transfer.notifiedDate() != null, "transferIn.notifiedDate", "is required");
            if (transfer.notifiedDate() != null) {
                problems.check(!transfer.notifiedDate().isAfter(now), "transferIn.notifiedDate",
                        "must not be in the future");
            }
        }
        problems.check(notBlank(referral.concerns()), "concerns", "is required");
        String worker = blankToNull(referral.socialWorker());
        problems.check(worker == null || staff.isMember(worker, Roles.SOCIAL_WORKERS), "socialWorker",
                "'" + worker + "' is not a social worker");
        String manager = blankToNull(referral.teamManager());
        problems.check(manager == null || staff.isMember(manager, Roles.TEAM_MANAGERS), "teamManager",
                "'" + manager + "' is not a team manager");
        problems.throwIfAny();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Closes the case on today's date with the census reason for closure. */
    public void close(String reference, ClosureReason reason) {
        get(reference).close(today.date(), reason);
    }

    /** The allocated social worker (assignee of the social worker's tasks), or null if none. */
    @Transactional(readOnly = true)
    public String socialWorkerOf(String reference) {
        return get(reference).getSocialWorker();
    }

    /** Who had the case before a reallocation, and who has it now. */
    public record Allocation(String reference, String oldSocialWorker, String socialWorker, String oldTeamManager,
            String teamManager) {
    }

    /**
     * Gives the case to another social worker and/or team manager, checked as at referral. Only the case's team
     * manager (or, for a case without one, any team manager) may; the caller's right to the case is checked first.
     */
    public Allocation reallocate(String reference, String socialWorker, String teamManager, String by) {
        ChildProtectionCase aCase = get(reference);
        if (aCase.getTeamManager() != null ? !aCase.getTeamManager().equals(by)
                : !staff.isMember(by, Roles.TEAM_MANAGERS)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the case's team manager reallocates case " + reference + ".");
        }
        Problems problems = new Problems();
        String worker = blankToNull(socialWorker);
        String manager = blankToNull(teamManager);
        problems.check(worker != null || manager != null, "socialWorker", "name the social worker or team manager");
        problems.check(worker == null || staff.isMember(worker, Roles.SOCIAL_WORKERS), "socialWorker",
                "'" + worker + "' is not a social worker");
        problems.check(manager == null || staff.isMember(manager, Roles.TEAM_MANAGERS), "teamManager",
                "'" + manager + "' is not a team manager");
        problems.throwIfAny();
        Allocation allocation = new Allocation(reference, aCase.getSocialWorker(),
                worker == null ? aCase.getSocialWorker() : worker, aCase.getTeamManager(),
                manager == null ? aCase.getTeamManager() : manager);
        aCase.allocate(worker, manager);
        return allocation;
    }

    /** The case's team manager, or null for none or an unknown reference (never throws: engine bookkeeping). */
    @Transactional(readOnly = true)
    public String findTeamManager(String reference) {
        return find(reference).map(ChildProtectionCase::getTeamManager).orElse(null);
    }

    /** The team manager (assignee of the manager's tasks), or null if none. */
    @Transactional(readOnly = true)
    public String teamManagerOf(String reference) {
        return get(reference).getTeamManager();
    }

    @Transactional(readOnly = true)
    public String caseReferenceOf(Long caseId) {
        return cases.findById(caseId).map(ChildProtectionCase::getReference)
                .orElseThrow(() -> new NotFoundException("There is no case " + caseId));
    }
}
