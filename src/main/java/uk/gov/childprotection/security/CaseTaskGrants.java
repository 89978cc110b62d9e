package uk.gov.childprotection.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.common.ApplicationAuthority;

/**
 * Keeps the engine's task grants in step when the domain reallocates a case: the open tasks the old social
 * worker or team manager held go to the new one (their grants move with them, see {@link CaseTaskAuthorizations}),
 * the new team manager oversees the case's workers' tasks and the old one no longer does; each move is recorded.
 */
@Service
@Transactional
public class CaseTaskGrants {

    private final ChildCaseService cases;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final TaskReassignmentRepository reassignments;
    private final ApplicationAuthority authority;
    private final Staff staff;
    private final Today today;

    CaseTaskGrants(ChildCaseService cases, TaskService tasks, AuthorizationService authorizations,
            TaskReassignmentRepository reassignments, ApplicationAuthority authority, Staff staff, Today today) {
        this.cases = cases;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.reassignments = reassignments;
        this.authority = authority;
        this.staff = staff;
        this.today = today;
    }

    public void reallocate(String reference, String socialWorker, String teamManager) {
        String by = staff.currentUser();
        ChildCaseService.Allocation allocation = cases.reallocate(reference, socialWorker, teamManager, by);
        authority.run(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
                String to = moved(task.getAssignee(), allocation.oldSocialWorker(), allocation.socialWorker());
                if (to == null) {
                    to = moved(task.getAssignee(), allocation.oldTeamManager(), allocation.teamManager());
                }
                if (to != null) {
                    recordReassignment(reference, task.getId(), task.getName(), task.getAssignee(), to, by);
                    tasks.setAssignee(task.getId(), to);
                }
                if (!Objects.equals(allocation.oldTeamManager(), allocation.teamManager()) && managed(task)) {
                    oversee(task.getId(), allocation.oldTeamManager(), allocation.teamManager());
                }
            }
        });
    }

    /** The one record of a task given to someone else, by a team manager's hand or by a reallocation. */
    void recordReassignment(String caseReference, String taskId, String taskName, String from, String to,
            String by) {
        reassignments.save(new TaskReassignment(today.now().toInstant(), caseReference, taskId, taskName, from, to,
                by));
    }

    private static String moved(String assignee, String from, String to) {
        return assignee != null && assignee.equals(from) && !Objects.equals(from, to) ? to : null;
    }

    private boolean managed(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).anyMatch(CaseTaskAuthorizations.MANAGED_GROUPS::contains);
    }

    /** The old manager's oversight of the task ends (unless it is theirs to work); the new one's begins. */
    private void oversee(String taskId, String oldManager, String newManager) {
        if (oldManager != null) {
            Authorization old = grantOf(oldManager, taskId);
            if (old != null && !old.isPermissionGranted(TaskPermissions.TASK_WORK)) {
                authorizations.deleteAuthorization(old.getId());
            }
        }
        if (newManager != null) {
            Authorization grant = grantOf(newManager, taskId);
            if (grant == null) {
                grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setUserId(newManager);
                grant.setResource(Resources.TASK);
                grant.setResourceId(taskId);
            }
            grant.addPermission(Permissions.READ);
            grant.addPermission(TaskPermissions.TASK_ASSIGN);
            authorizations.saveAuthorization(grant);
        }
    }

    private Authorization grantOf(String user, String taskId) {
        return authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(user)
                .resourceType(Resources.TASK).resourceId(taskId).singleResult();
    }
}
