package uk.gov.childprotection.security;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.gov.childprotection.common.ApplicationAuthority;

/**
 * Who may see and work each task, granted task by task as the engine creates and assigns it (Camunda's
 * resource authorisation provider), so that the engine's doors keep the same case rule as {@code /api}:
 *
 * <ul>
 * <li>the assignee (the case's allocated social worker, its team manager, the booked Chair, the plan's lead
 * social worker, as the diagrams assign them) reads and works the task, and no one else works it;</li>
 * <li>a task no one has (a group task of a role that covers every case, such as the conference administrators',
 * or a task of a case with no one allocated to that role: the duty queue) is read and worked by its group;
 * once someone has it, only they work it, and only a service-wide group still reads it;</li>
 * <li>the case's team manager reads their case's social workers' and managers' tasks and may reassign them
 * (to a member of the task's group; the reassignment is recorded);</li>
 * <li>everyone else gets nothing: being in the candidate group of an allocated case's task is not enough.</li>
 * </ul>
 *
 * Processes that are only ever called cannot be started by a person through an engine door, whatever their
 * rights: only by a call activity or by the application ({@link ApplicationAuthority}). A new user may read
 * and update (password) their own account but not delete it.
 */
class CaseTaskAuthorizations extends DefaultAuthorizationProvider {

    /** Roles whose members work every case, so a group task of theirs is the whole group's. */
    static final Set<String> SERVICE_WIDE_GROUPS = Set.of(Roles.CONFERENCE_ADMINISTRATORS);
    /** Task groups whose tasks the case's team manager oversees and may reassign. */
    static final Set<String> MANAGED_GROUPS = Set.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS);
    /** Started only by a call activity of another process, or by the application. */
    static final Set<String> CALLED_ONLY = Set.of("strategy-discussion", "child-protection-conference",
            "child-protection-plan", "document-sending", "record-amendment", "parent-complaint", "audio-request",
            "supporter-request", "agency-report");

    private static final Permission[] WORK = {Permissions.READ, TaskPermissions.TASK_WORK};

    /** Looks up the team manager of a case reference (null when none). */
    interface CaseTeamManagers {
        String of(String caseReference);
    }

    /** Records a person's reassignment of a task. */
    interface Reassignments {
        void record(TaskEntity task, String from, String to, String by);
    }

    private final CaseTeamManagers teamManagers;
    private final Reassignments reassignments;
    private final BiPredicate<String, String> isMember;

    CaseTaskAuthorizations(CaseTeamManagers teamManagers, Reassignments reassignments,
            BiPredicate<String, String> isMember) {
        this.teamManagers = teamManagers;
        this.reassignments = reassignments;
        this.isMember = isMember;
    }

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
                Permissions.READ, Permissions.UPDATE)};
    }

    /**
     * Refuses a person's direct start of a process that is only ever called. Run as the process instance's first
     * start listener (the engine's provider hook comes too early: the instance has no definition yet).
     */
    static void refuseDirectStart(org.camunda.bpm.engine.delegate.DelegateExecution execution, String name) {
        if (execution.getSuperExecution() == null && caller() != null && !ApplicationAuthority.active()) {
            throw new AuthorizationException("'" + name + "' is started by the case itself, never directly.");
        }
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        TaskEntity entity = (TaskEntity) task;
        if (byAPerson() && isReassignment()) {
            checkReassignment(entity, newAssignee);
            reassignments.record(entity, oldAssignee, newAssignee, caller());
        }
        List<AuthorizationEntity> created = new ArrayList<>();
        if (oldAssignee != null && !oldAssignee.equals(newAssignee)) {
            AuthorizationEntity old = find(oldAssignee, null, task.getId());
            if (old != null) {
                if (oldAssignee.equals(teamManagerOf(entity)) && managed(entity)) {
                    old.setPermissions(Permissions.READ.getValue() | TaskPermissions.TASK_ASSIGN.getValue());
                } else {
                    Context.getCommandContext().getDbEntityManager().delete(old);
                }
            }
        }
        if (newAssignee != null) {
            add(created, grant(newAssignee, null, task.getId(), WORK));
        }
        for (String group : candidateGroups(entity)) {
            add(created, groupGrant(group, task.getId(), newAssignee));
        }
        return created.toArray(AuthorizationEntity[]::new);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return newOwner == null ? null : only(grant(newOwner, null, task.getId(), Permissions.READ));
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return only(grant(userId, null, task.getId(), Permissions.READ));
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        TaskEntity entity = (TaskEntity) task;
        List<AuthorizationEntity> created = new ArrayList<>();
        add(created, groupGrant(groupId, task.getId(), task.getAssignee()));
        String manager = MANAGED_GROUPS.contains(groupId) ? teamManagerOf(entity) : null;
        if (manager != null) {
            add(created, grant(manager, null, task.getId(), manager.equals(task.getAssignee())
                    ? new Permission[] {Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN}
                    : new Permission[] {Permissions.READ, TaskPermissions.TASK_ASSIGN}));
        }
        return created.toArray(AuthorizationEntity[]::new);
    }

    /**
     * A candidate group's grant on its task. While no one has the task, the group reads and works it: for a
     * case-scoped role that only happens when the case has no one allocated to that role (the diagram's
     * assignee is empty), so the task is the duty queue's. Once someone has it, a service-wide group still
     * reads it and a case-scoped group loses it.
     */
    private AuthorizationEntity groupGrant(String group, String taskId, String assignee) {
        AuthorizationEntity existing = find(null, group, taskId);
        if (assignee == null) {
            if (existing == null) {
                return createGrantAuthorization(null, group, Resources.TASK, taskId, WORK);
            }
            existing.setPermissions(Permissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue());
        } else if (SERVICE_WIDE_GROUPS.contains(group)) {
            if (existing == null) {
                return createGrantAuthorization(null, group, Resources.TASK, taskId, Permissions.READ);
            }
            existing.setPermissions(Permissions.READ.getValue());
        } else if (existing != null) {
            Context.getCommandContext().getDbEntityManager().delete(existing);
        }
        return null;
    }

    private void checkReassignment(TaskEntity task, String newAssignee) {
        if (newAssignee == null) {
            return;
        }
        List<String> groups = candidateGroups(task);
        if (groups.stream().noneMatch(group -> isMember.test(newAssignee, group))) {
            throw new AuthorizationException("'" + task.getName() + "' can only be given to a member of "
                    + String.join(" or ", groups.stream().map(g -> Roles.GROUPS.getOrDefault(g, g)).toList())
                    + "; " + newAssignee + " is not one.");
        }
    }

    private String teamManagerOf(TaskEntity task) {
        ExecutionEntity execution = task.getExecution();
        Object reference = execution == null ? null : execution.getVariable("caseReference");
        return reference == null ? null : teamManagers.of(reference.toString());
    }

    private static boolean managed(TaskEntity task) {
        return candidateGroups(task).stream().anyMatch(MANAGED_GROUPS::contains);
    }

    private static List<String> candidateGroups(TaskEntity task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).toList();
    }

    /**
     * The grant of that user on the task: a new authorisation to return to the engine, or null when one already
     * stands in this command or in the database and was widened in place (the engine flushes it).
     */
    private AuthorizationEntity grant(String userId, String groupId, String taskId, Permission... permissions) {
        AuthorizationEntity existing = find(userId, groupId, taskId);
        if (existing == null) {
            return createGrantAuthorization(userId, groupId, Resources.TASK, taskId, permissions);
        }
        for (Permission permission : permissions) {
            existing.addPermission(permission);
        }
        return null;
    }

    private static void add(List<AuthorizationEntity> created, AuthorizationEntity authorization) {
        if (authorization != null) {
            created.add(authorization);
        }
    }

    private static AuthorizationEntity[] only(AuthorizationEntity authorization) {
        return authorization == null ? null : new AuthorizationEntity[] {authorization};
    }

    private AuthorizationEntity find(String userId, String groupId, String taskId) {
        Resource task = Resources.TASK;
        for (AuthorizationEntity cached : Context.getCommandContext().getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (hasEntitySameAuthorizationRights(cached, userId, groupId, task, taskId)) {
                return cached;
            }
        }
        return userId != null ? getGrantAuthorizationByUserId(userId, task, taskId)
                : getGrantAuthorizationByGroupId(groupId, task, taskId);
    }

    /** A person through an engine door, not the engine's own work nor the application acting for someone. */
    private static boolean byAPerson() {
        return caller() != null && !ApplicationAuthority.active();
    }

    private static String caller() {
        Authentication authentication = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** A command that gives an existing task to someone, as against a task created and assigned by its diagram. */
    private static boolean isReassignment() {
        Command<?> command = Context.getCommandInvocationContext().getCommand();
        return command instanceof AssignTaskCmd || command instanceof ClaimTaskCmd
                || command instanceof DelegateTaskCmd || command instanceof SaveTaskCmd;
    }

}
