package uk.gov.childprotection.cases;

import java.util.ArrayList;
import java.util.List;
import uk.gov.childprotection.family.FamilyService;

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
    private final FamilyService families;

    public ChildCaseService(CaseRepository cases, ChildRepository children, RuntimeService runtime, Staff staff,
            DeadlineService deadlines, WorkingDayCalendar calendar, TimescaleSettings timescales, Today today,
            ApplicationAuthority authority, FamilyService families) {
        this.families = families;
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
        start(aCase);
        return aCase;
    }

    private void start(ChildProtectionCase aCase) {
        authority.run(() -> runtime.startProcessInstanceByKey(LIFECYCLE_PROCESS, aCase.getReference(),
                Map.of(CASE_REFERENCE, aCase.getReference(), TRANSFER_IN, aCase.isTransferIn())));
    }

    /** What a family referral opened: the household and each child's case. */
    public record FamilyOpened(Long familyId, List<ChildProtectionCase> cases, List<Boolean> known) {
    }

    /**
     * Opens a case for each child of a referral about a household, all in one household, with the parents and
     * carers recorded once and their responsibility child by child; each child's lifecycle starts. Nothing is
     * stored unless every child and every person is valid.
     */
    public FamilyOpened openFamilyCases(FamilyReferral referral) {
        Problems problems = new Problems();
        List<NewReferral.ChildDetails> details = referral.children() == null ? List.of() : referral.children();
        problems.check(!details.isEmpty(), "children", "name at least one child");
        for (int i = 0; i < details.size(); i++) {
            Problems one = new Problems();
            validate(referral.forChild(details.get(i), referral.familyId()), one);
            String prefix = "children[" + i + "]";
            one.fieldErrors().forEach((field, message) -> problems.add(
                    field.startsWith("child.") ? prefix + field.substring("child".length())
                            : field.equals("child") ? prefix : field, message));
        }
        if (details.isEmpty()) {
            validate(referral.forChild(null, referral.familyId()), problems);
            problems.remove("child");
        }
        List<ChildProtectionCase> inFamily = referral.familyId() == null || !families.exists(referral.familyId())
                ? List.of() : cases.findByChildFamilyIdOrderByIdAsc(referral.familyId());
        List<FamilyReferral.Person> people = referral.peopleOrNone();
        for (int p = 0; p < people.size(); p++) {
            FamilyReferral.Person person = people.get(p);
            String at = "people[" + p + "]";
            problems.check(person != null && notBlank(person.name()), at + ".name", "is required");
            List<FamilyReferral.ChildLink> links = person == null || person.children() == null ? List.of()
                    : person.children();
            problems.check(!links.isEmpty(), at + ".children",
                    "say which children this person is a parent or carer of");
            for (int l = 0; l < links.size(); l++) {
                FamilyReferral.ChildLink link = links.get(l);
                String field = at + ".children[" + l + "]";
                if (link == null) {
                    problems.add(field, "must not be empty");
                    continue;
                }
                boolean byNumber = link.child() != null;
                problems.check(byNumber != (link.caseReference() != null), field,
                        "give the child's number in this referral or the case reference of a brother or sister "
                                + "already known, not both");
                if (byNumber) {
                    problems.check(link.child() >= 1 && link.child() <= details.size(), field + ".child",
                            "there is no child " + link.child() + " in this referral (it names " + details.size()
                                    + ")");
                } else if (link.caseReference() != null) {
                    problems.check(inFamily.stream().anyMatch(c -> c.getReference().equals(link.caseReference())),
                            field + ".caseReference", "'" + link.caseReference()
                                    + "' is not a case of a child in this family");
                }
                problems.check(link.relationship() != null, field + ".relationship", "is required");
                problems.check(link.parentalResponsibility() != null, field + ".parentalResponsibility",
                        "say yes or no");
            }
        }
        problems.throwIfAny();

        Long household = referral.familyId();
        List<ChildProtectionCase> opened = new ArrayList<>();
        List<Boolean> known = new ArrayList<>();
        for (NewReferral.ChildDetails child : details) {
            boolean wasKnown = knownChild(child).isPresent();
            ChildProtectionCase aCase = register(referral.forChild(child, household));
            // Every child of the referral lives in the household of the first (a known child's, or a new one).
            household = aCase.getChild().getFamilyId();
            opened.add(aCase);
            known.add(wasKnown);
        }
        var now = today.now().toInstant();
        for (FamilyReferral.Person person : people) {
            Map<Long, FamilyService.Responsibility> byChild = new java.util.LinkedHashMap<>();
            for (FamilyReferral.ChildLink link : person.children()) {
                Long childId = link.child() != null ? opened.get(link.child() - 1).getChild().getId()
                        : inFamily.stream().filter(c -> c.getReference().equals(link.caseReference())).findFirst()
                                .orElseThrow().getChild().getId();
                byChild.put(childId, new FamilyService.Responsibility(link.relationship(),
                        link.parentalResponsibility()));
            }
            families.addPerson(household, person.details(), byChild, now);
        }
        opened.forEach(this::start);
        return new FamilyOpened(household, opened, known);
    }

    /**
     * Validates and stores the referral; the caller starts (or is) the lifecycle process. The child joins the
     * household the referral names; a known child (the same names and date of birth) keeps theirs unless the
     * referral names another, which they move to; a new child without one gets a household of their own.
     */
    public ChildProtectionCase register(NewReferral referral) {
        Problems problems = new Problems();
        validate(referral, problems);
        problems.throwIfAny();
        NewReferral.ChildDetails details = referral.child();
        var now = today.now().toInstant();
        Long household = referral.familyId();
        // A child referred again is the same child (same names and date of birth): their previous plans count,
        // and no two plans of theirs may overlap. An unborn child has no date of birth and is never matched.
        Child child = knownChild(details).orElse(null);
        if (child == null) {
            Long familyId = household != null ? household : families.newFamily(now).getId();
            child = children.save(details.dateOfBirth() == null
                    ? Child.unborn(familyId, details.givenName().trim(), details.familyName().trim(),
                            details.expectedDateOfDelivery(), details.gender(), blankToNull(details.address()),
                            blankToNull(details.firstLanguage()), now)
                    : new Child(familyId, details.givenName().trim(), details.familyName().trim(),
                            details.dateOfBirth(), details.gender(), blankToNull(details.address()),
                            blankToNull(details.firstLanguage()), now));
        } else if (household != null && !household.equals(child.getFamilyId())) {
            families.recordMove(child.getId(), child.getFamilyId(), household, referral.referralDate(),
                    java.util.Objects.requireNonNullElse(staff.currentUser(), "(system)"), now);
            child.moveToFamily(household);
        }
        ChildProtectionCase aCase = cases.save(new ChildProtectionCase(child, referral.referralDate(),
                referral.referralSource(), referral.concerns().trim(), referral.circumstancesOrNone(),
                blankToNull(referral.socialWorker()), blankToNull(referral.teamManager()), now));
        NewReferral.TransferIn transfer = referral.transferIn();
        if (transfer != null) {
            aCase.transferredIn(transfer.fromCouncil().trim(), transfer.notifiedDate());
            deadlines.open(aCase, null, DeadlineKind.TRANSFER_IN_CONFERENCE,
                    calendar.addWorkingDays(transfer.notifiedDate(), timescales.transferInWorkingDays()));
        }
        return aCase;
    }

    private java.util.Optional<Child> knownChild(NewReferral.ChildDetails details) {
        if (details == null || details.dateOfBirth() == null || !notBlank(details.givenName())
                || !notBlank(details.familyName())) {
            return java.util.Optional.empty();
        }
        return children.findFirstByGivenNameIgnoreCaseAndFamilyNameIgnoreCaseAndDateOfBirthOrderByIdAsc(
                details.givenName().trim(), details.familyName().trim(), details.dateOfBirth());
    }

    /** The cases of every child who lives in the household now, oldest first. */
    @Transactional(readOnly = true)
    public List<ChildProtectionCase> casesOfFamily(Long familyId) {
        return cases.findByChildFamilyIdOrderByIdAsc(familyId);
    }

    /** The children who live in the household now. */
    @Transactional(readOnly = true)
    public List<Child> childrenOfFamily(Long familyId) {
        return children.findByFamilyIdOrderByIdAsc(familyId);
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

    private void validate(NewReferral referral, Problems problems) {
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
        problems.check(referral.familyId() == null || families.exists(referral.familyId()), "familyId",
                "there is no family " + referral.familyId());
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
