package uk.gov.childprotection.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before the case rule reached the engine carry Camunda's default grants: UPDATE for the assignee
 * and for every member of the candidate group, which let anyone in the group work anyone's task. At every start
 * such grants (the only ones holding UPDATE on a single task) are brought to the rule of
 * {@link CaseTaskAuthorizations}: the assignee works the task; a group works it only while no one has it, and
 * once someone has it only a service-wide group still reads it. Nothing to do once they are gone.
 */
@Component
@Order(2)
class EarlierTaskGrants implements ApplicationRunner {

    private static final int WORK = Permissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue();

    private final AuthorizationService authorizations;
    private final TaskService tasks;

    EarlierTaskGrants(AuthorizationService authorizations, TaskService tasks) {
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list()) {
            if ("*".equals(grant.getResourceId())) {
                continue;
            }
            Task task = tasks.createTaskQuery().taskId(grant.getResourceId()).singleResult();
            if (task == null || (grant.getGroupId() != null && task.getAssignee() != null
                    && !CaseTaskAuthorizations.SERVICE_WIDE_GROUPS.contains(grant.getGroupId()))) {
                authorizations.deleteAuthorization(grant.getId());
                continue;
            }
            boolean works = grant.getUserId() != null ? grant.getUserId().equals(task.getAssignee())
                    : task.getAssignee() == null;
            ((AuthorizationEntity) grant).setPermissions(works ? WORK : Permissions.READ.getValue());
            authorizations.saveAuthorization(grant);
        }
    }
}
