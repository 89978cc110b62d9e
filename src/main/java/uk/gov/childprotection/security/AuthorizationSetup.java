package uk.gov.childprotection.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine, as Camunda authorisations, created at every start in every profile and
 * only where missing (a restart changes nothing). Tasks need no grant here: the engine gives each task's
 * candidate groups and assignee the right to see and work it. Everyone on the staff uses Tasklist, reads the
 * people and groups (names on tasks) and the shared filters; front-line workers start cases and report events;
 * administrators record amendment requests; conference administrators, Chairs and service managers read the
 * processes in Cockpit (service managers every one and all history, without working anyone's tasks); the
 * administrators' group may do everything, in Admin too.
 */
@Component
@Order(1)
class AuthorizationSetup implements ApplicationRunner {

    private static final String ANY = "*";
    private static final List<String> STAFF = List.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS,
            Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS, Roles.SERVICE_MANAGERS);
    /** The processes whose instances conference administrators and Chairs follow in Cockpit. */
    private static final List<String> CONFERENCE_PROCESSES = List.of("child-protection-conference",
            "document-sending", "record-amendment");

    private final AuthorizationService authorizations;

    AuthorizationSetup(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String group : STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        for (String group : List.of(Roles.SOCIAL_WORKERS, Roles.TEAM_MANAGERS)) {
            grant(group, Resources.PROCESS_DEFINITION, "child-protection-case",
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            // Events reported through the API (a death, a move, a birth) are messages to the case's processes.
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        }
        for (String group : List.of(Roles.CONFERENCE_ADMINISTRATORS, Roles.SOCIAL_WORKERS, Roles.CHAIRS)) {
            grant(group, Resources.PROCESS_DEFINITION, "record-amendment",
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        for (String group : List.of(Roles.CONFERENCE_ADMINISTRATORS, Roles.CHAIRS)) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            for (String process : CONFERENCE_PROCESSES) {
                grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_HISTORY);
            }
        }
        // The administrators retry a failed email or document job in Cockpit.
        grant(Roles.CONFERENCE_ADMINISTRATORS, Resources.PROCESS_DEFINITION, "document-sending",
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
        grant(Roles.SERVICE_MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.SERVICE_MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        grant(Roles.SERVICE_MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.SERVICE_MANAGERS, Resources.TASK, ANY, Permissions.READ);
        grant(Roles.SERVICE_MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        boolean changed = authorization == null;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
