package uk.gov.childprotection.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine as a whole, as Camunda group authorisations: definition-wide grants only
 * where the role really covers every case. Everything case by case (who sees and works which task) is granted
 * per task by {@link CaseTaskAuthorizations}. At every start the roles' group authorisations are made exactly
 * these (missing ones created, extra permissions and rows removed), so an older, wider grant never survives an
 * upgrade and a restart changes nothing.
 *
 * <ul>
 * <li>Everyone on the staff uses Tasklist and reads people, groups, filters and the diagrams.</li>
 * <li>Social workers and team managers start a case from the referral form (the only process anyone starts;
 * the server gives it its reference). Outside events come through {@code /api}, never as engine messages.</li>
 * <li>Conference administrators work across every conference: they follow the conference, sending and
 * amendment processes in Cockpit and retry a failed email; they change nothing else.</li>
 * <li>Service managers read every process, task and its history in Cockpit (audited); the one task they work is
 * a parent's request for a conference's recording (granted task by task, like every task).</li>
 * <li>Agency workers have no engine rights at all: no Tasklist, no Cockpit, nothing through {@code /engine-rest}.
 * They reach only their agency's conferences, through {@code /api/agency-conferences}.</li>
 * <li>The administrators' group manages users and the engine (suspend, modify, migrate, jobs), and may
 * reassign a task, but works no one's task: a task is completed by the person it is assigned to.</li>
 * </ul>
 */
@Component
@Order(1)
class AuthorizationSetup implements ApplicationRunner {

    private static final String ANY = "*";
    private static final List<String> STAFF = List.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS);
    /** The processes whose instances conference administrators follow in Cockpit. */
    private static final List<String> CONFERENCE_PROCESSES = List.of("child-protection-conference",
            "document-sending", "record-amendment", "parent-complaint", "agency-report");
    /** Definition-wide rights that would let an administrator work (or rewrite) someone else's task. */
    private static final List<Permission> TASK_WORK_ON_DEFINITIONS = List.of(ProcessDefinitionPermissions.TASK_WORK,
            ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);

    private final AuthorizationService authorizations;

    AuthorizationSetup(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    private record Grant(String group, Resource resource, String resourceId) {
    }

    /** Every group authorisation of the roles, with its exact permissions. */
    static Map<Grant, Permission[]> wanted() {
        Map<Grant, Permission[]> wanted = new LinkedHashMap<>();
        for (String group : STAFF) {
            wanted.put(new Grant(group, Resources.APPLICATION, "tasklist"), of(Permissions.ACCESS));
            wanted.put(new Grant(group, Resources.USER, ANY), of(Permissions.READ));
            wanted.put(new Grant(group, Resources.GROUP, ANY), of(Permissions.READ));
            wanted.put(new Grant(group, Resources.FILTER, ANY), of(Permissions.READ));
            wanted.put(new Grant(group, Resources.PROCESS_DEFINITION, ANY), of(Permissions.READ));
            wanted.put(new Grant(group, Resources.DECISION_DEFINITION, ANY), of(Permissions.READ));
        }
        for (String group : List.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)) {
            wanted.put(new Grant(group, Resources.PROCESS_DEFINITION, "child-protection-case"),
                    of(ProcessDefinitionPermissions.CREATE_INSTANCE));
            wanted.put(new Grant(group, Resources.PROCESS_INSTANCE, ANY), of(Permissions.CREATE));
        }
        wanted.put(new Grant(Roles.CONFERENCE_ADMINISTRATORS, Resources.APPLICATION, "cockpit"),
                of(Permissions.ACCESS));
        for (String process : CONFERENCE_PROCESSES) {
            wanted.put(new Grant(Roles.CONFERENCE_ADMINISTRATORS, Resources.PROCESS_DEFINITION, process),
                    process.equals("document-sending")
                            // They retry a failed email in Cockpit: the retry, not a general right to change.
                            ? of(ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                                    ProcessDefinitionPermissions.RETRY_JOB)
                            : of(ProcessDefinitionPermissions.READ_INSTANCE,
                                    ProcessDefinitionPermissions.READ_HISTORY));
        }
        wanted.put(new Grant(Roles.SERVICE_MANAGERS, Resources.APPLICATION, "cockpit"), of(Permissions.ACCESS));
        wanted.put(new Grant(Roles.SERVICE_MANAGERS, Resources.PROCESS_DEFINITION, ANY),
                of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK));
        wanted.put(new Grant(Roles.SERVICE_MANAGERS, Resources.PROCESS_INSTANCE, ANY), of(Permissions.READ));
        wanted.put(new Grant(Roles.SERVICE_MANAGERS, Resources.TASK, ANY), of(Permissions.READ));
        wanted.put(new Grant(Roles.SERVICE_MANAGERS, Resources.DEPLOYMENT, ANY), of(Permissions.READ));
        for (Resource resource : Resources.values()) {
            wanted.put(new Grant(Roles.ADMINISTRATORS, resource, ANY), of(Permissions.ALL));
        }
        wanted.put(new Grant(Roles.ADMINISTRATORS, Resources.TASK, ANY),
                of(Permissions.READ, TaskPermissions.TASK_ASSIGN));
        wanted.put(new Grant(Roles.ADMINISTRATORS, Resources.PROCESS_DEFINITION, ANY),
                Arrays.stream(ProcessDefinitionPermissions.values())
                        .filter(p -> p != ProcessDefinitionPermissions.NONE && p != ProcessDefinitionPermissions.ALL
                                && !TASK_WORK_ON_DEFINITIONS.contains(p))
                        .toArray(Permission[]::new));
        return wanted;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<Grant, Permission[]> wanted = wanted();
        // Agency workers hold no grant at all: one given to them in Admin is removed at the next start.
        List<String> roles = java.util.stream.Stream.concat(wanted.keySet().stream().map(Grant::group),
                java.util.stream.Stream.of(Roles.AGENCY_WORKERS)).distinct().toList();
        for (Authorization existing : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(roles.toArray(String[]::new)).list()) {
            Grant grant = new Grant(existing.getGroupId(), resource(existing.getResourceType()),
                    existing.getResourceId());
            // A group's grant on one task belongs to that task (CaseTaskAuthorizations), not to the role.
            boolean taskByTask = existing.getResourceType() == Resources.TASK.resourceType()
                    && !ANY.equals(existing.getResourceId());
            if (!taskByTask && (grant.resource() == null || !wanted.containsKey(grant))) {
                authorizations.deleteAuthorization(existing.getId());
            }
        }
        wanted.forEach(this::ensureExactly);
    }

    private void ensureExactly(Grant grant, Permission[] permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.group()).resourceType(grant.resource()).resourceId(grant.resourceId())
                .singleResult();
        int bits = Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (((AuthorizationEntity) authorization).getPermissions() == bits) {
            return;
        }
        ((AuthorizationEntity) authorization).setPermissions(bits);
        authorizations.saveAuthorization(authorization);
    }

    private static Resource resource(int type) {
        return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst().orElse(null);
    }

    private static Permission[] of(Permission... permissions) {
        return permissions;
    }
}
