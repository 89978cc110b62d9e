package uk.gov.childprotection.plan;

import uk.gov.childprotection.cases.DeadlineService;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.CaseTimers;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.Problems;

/**
 * The birth of a child whose case began before birth: the child gets a date of birth (and often a first name),
 * and a plan made before the birth continues, with its next core group brought forward. The timers that were
 * set from the expected date of delivery (the 18th birthday and the review before it) move to the real date.
 */
@Service
@Transactional
public class BirthService {

    private final ChildCaseService cases;
    private final CaseEventRepository events;
    private final RuntimeService runtime;
    private final Today today;
    private final ApplicationAuthority authority;
    private final CaseTimers timers;

    public BirthService(ChildCaseService cases, CaseEventRepository events, RuntimeService runtime, Today today,
            ApplicationAuthority authority, CaseTimers timers) {
        this.timers = timers;
        this.authority = authority;
        this.cases = cases;
        this.events = events;
        this.runtime = runtime;
        this.today = today;
    }

    public void recordBirth(String caseReference, LocalDate born, String givenName, Gender gender, String by) {
        ChildProtectionCase aCase = cases.get(caseReference);
        if (!aCase.getChild().isUnborn()) {
            throw new ConflictException("The child of case " + caseReference + " was born on "
                    + aCase.getChild().getDateOfBirth() + ": there is no birth to record");
        }
        if (aCase.getStage() == CaseStage.CLOSED) {
            throw new ConflictException("Case " + caseReference + " is closed (" + aCase.getClosureDate()
                    + "): record the birth on the child's new case, if there is one");
        }
        Problems problems = new Problems();
        problems.check(born != null, "dateOfBirth", "is required");
        if (born != null) {
            problems.check(!born.isAfter(today.date()), "dateOfBirth", "must not be in the future");
            // The referral was made before the birth: a birth before it contradicts the record.
            problems.check(!born.isBefore(aCase.getReferralDate()), "dateOfBirth",
                    "must not be before the referral (" + DeadlineService.longDate(aCase.getReferralDate()) + "), made before the birth");
        }
        problems.throwIfAny();
        aCase.getChild().born(born, givenName, gender);
        events.save(new CaseEvent(aCase.getId(), CaseEvent.Kind.CHILD_BORN, born, givenName, by,
                today.now().toInstant()));
        // A plan in force brings its core group forward; before any plan, the birth is simply recorded.
        authority.run(() -> runtime.createMessageCorrelation(CaseEvent.Kind.CHILD_BORN.message())
                .processInstanceBusinessKey(caseReference).correlateAllWithResult());
        timers.follow(caseReference);
    }
}
