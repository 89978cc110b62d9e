package uk.gov.childprotection.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;

/**
 * Who may read a case through the API, and the audit of every such read. Service managers and conference
 * administrators work across the service and read every case; a social worker reads the cases allocated to
 * them (or whose plan they lead); a team manager the cases of their team (the case's team manager); a Chair the
 * cases whose conferences they chair. Every read, allowed or refused, is written to {@code access_audit}.
 */
@Service
public class CaseAccess {

    private final IdentityService identity;
    private final ChildCaseService cases;
    private final ConferenceService conferences;
    private final AccessAuditRepository audit;
    private final Today today;
    private final TaskService tasks;

    CaseAccess(IdentityService identity, ChildCaseService cases, ConferenceService conferences,
            AccessAuditRepository audit, Today today, TaskService tasks) {
        this.tasks = tasks;
        this.identity = identity;
        this.cases = cases;
        this.conferences = conferences;
        this.audit = audit;
        this.today = today;
    }

    /** Checks and audits a read of the case by the signed-in caller; refused, it is audited and throws 403. */
    public void read(String caseReference, AccessAudit.Action action) {
        read(caseReference, action, null);
    }

    public void read(String caseReference, AccessAudit.Action action, Long documentId) {
        Authentication caller = identity.getCurrentAuthentication();
        ChildProtectionCase aCase = cases.find(caseReference).orElse(null);
        if (aCase == null && caller != null && readsEveryCase(caller.getGroupIds())) {
            cases.get(caseReference); // 404: those who read every case learn nothing new from it
        }
        // To anyone else an unknown reference looks exactly like another team's case: 403, audited.
        boolean allowed = aCase != null && caller != null && mayRead(aCase, caller.getUserId(), caller.getGroupIds());
        audit.save(new AccessAudit(today.now().toInstant(), caller == null ? "(nobody)" : caller.getUserId(), action,
                caseReference, documentId, allowed ? AccessAudit.Outcome.ALLOWED : AccessAudit.Outcome.DENIED,
                remoteAddress()));
        if (!allowed) {
            throw new AccessDeniedException("Case " + caseReference + " is not one of yours.");
        }
    }

    /**
     * Checks and audits a read of something that belongs to several cases (a household meeting's document):
     * allowed when the caller may read any one of them, audited under that one; refused, under the first.
     */
    public void readOneOf(List<String> caseReferences, AccessAudit.Action action, Long documentId) {
        Authentication caller = identity.getCurrentAuthentication();
        String allowing = caller == null ? null : caseReferences.stream()
                .filter(reference -> cases.find(reference)
                        .map(aCase -> mayRead(aCase, caller.getUserId(), caller.getGroupIds())).orElse(false))
                .findFirst().orElse(null);
        read(allowing != null ? allowing : caseReferences.get(0), action, documentId);
    }

    /**
     * Checks and audits that the caller may add a child to a household (a referral naming {@code familyId}):
     * joining a household is reading it, so only someone who may read one of its children's cases.
     */
    public void joinFamily(Long familyId) {
        readFamily(familyId, cases.casesOfFamily(familyId), AccessAudit.Action.CHANGE_CASE);
    }

    /**
     * Audits a download of the census return for a year: it holds every child with an episode in the year, so it
     * is recorded once, under "CIN census" and the year, with who took it and from where.
     */
    public void auditCensusReturn(int year) {
        Authentication caller = identity.getCurrentAuthentication();
        audit.save(new AccessAudit(today.now().toInstant(), caller == null ? "(nobody)" : caller.getUserId(),
                AccessAudit.Action.READ_CENSUS_RETURN, "CIN census " + year, null, AccessAudit.Outcome.ALLOWED,
                remoteAddress()));
    }

    /**
     * Checks and audits a change to the case (an outside event, an amendment request) by the signed-in caller:
     * the same rule as a read, checked before anything is validated, so a refusal tells nothing about the case.
     */
    public void change(String caseReference) {
        read(caseReference, AccessAudit.Action.CHANGE_CASE, null);
    }

    /**
     * Checks and audits a read of a household. Whoever may read the case of at least one child of the household
     * sees the household (its children, their stages and its people); each child's own record (deadlines, the
     * case itself) only to those who may read that child's case. Returns the references the caller may read in
     * full; refused, every case is audited as refused and it throws 403.
     */
    public java.util.Set<String> readFamily(Long familyId, List<ChildProtectionCase> casesOfFamily,
            AccessAudit.Action action) {
        Authentication caller = identity.getCurrentAuthentication();
        if (casesOfFamily.isEmpty()) {
            if (caller != null && readsEveryCase(caller.getGroupIds())) {
                throw new uk.gov.childprotection.common.NotFoundException("There is no family " + familyId);
            }
            throw new AccessDeniedException("Family " + familyId + " is not one of yours.");
        }
        java.util.Set<String> readable = new java.util.LinkedHashSet<>();
        for (ChildProtectionCase aCase : casesOfFamily) {
            if (caller != null && mayRead(aCase, caller.getUserId(), caller.getGroupIds())) {
                readable.add(aCase.getReference());
            }
        }
        var at = today.now().toInstant();
        for (ChildProtectionCase aCase : casesOfFamily) {
            audit.save(new AccessAudit(at, caller == null ? "(nobody)" : caller.getUserId(), action,
                    aCase.getReference(), null,
                    readable.isEmpty() ? AccessAudit.Outcome.DENIED : AccessAudit.Outcome.ALLOWED, remoteAddress()));
        }
        if (readable.isEmpty()) {
            throw new AccessDeniedException("Family " + familyId + " is not one of yours.");
        }
        return readable;
    }

    /**
     * Audits an agency worker's read or change of a conference, one row for each child's case it is about (none
     * known: one row without a case), and throws 403 when it was refused. Whether their agency is invited is the
     * agency reports' rule (agencyreport); this is where every case read is written down.
     */
    public void agencyWorker(List<String> caseReferences, AccessAudit.Action action, boolean allowed) {
        Authentication caller = identity.getCurrentAuthentication();
        var at = today.now().toInstant();
        List<String> references = caseReferences.isEmpty() ? java.util.Collections.singletonList(null)
                : caseReferences;
        for (String reference : references) {
            audit.save(new AccessAudit(at, caller == null ? "(nobody)" : caller.getUserId(), action, reference, null,
                    allowed ? AccessAudit.Outcome.ALLOWED : AccessAudit.Outcome.DENIED, remoteAddress()));
        }
        if (!allowed) {
            throw new AccessDeniedException("Your agency is not invited to this conference.");
        }
    }

    private static boolean readsEveryCase(List<String> groups) {
        return groups != null
                && (groups.contains(Roles.SERVICE_MANAGERS) || groups.contains(Roles.CONFERENCE_ADMINISTRATORS));
    }

    boolean mayRead(ChildProtectionCase aCase, String user, List<String> groups) {
        if (readsEveryCase(groups)) {
            return true;
        }
        if (groups.contains(Roles.SOCIAL_WORKERS) && user.equals(aCase.getSocialWorker())) {
            return true;
        }
        if (groups.contains(Roles.TEAM_MANAGERS) && user.equals(aCase.getTeamManager())) {
            return true;
        }
        List<Conference> held = conferences.ofCase(aCase.getId());
        return (groups.contains(Roles.CHAIRS) && held.stream().anyMatch(c -> user.equals(c.getChair())))
                || (groups.contains(Roles.SOCIAL_WORKERS)
                        && held.stream().anyMatch(c -> user.equals(c.getLeadSocialWorker())))
                // Someone the team manager gave one of the case's tasks to works the case while they hold it.
                || tasks.createTaskQuery().processInstanceBusinessKey(aCase.getReference()).taskAssignee(user)
                        .count() > 0;
    }

    public List<AccessAudit> audit(String caseReference) {
        return caseReference == null ? audit.findTop500ByOrderByIdDesc()
                : audit.findByCaseReferenceOrderById(caseReference);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
