package uk.gov.childprotection.pages;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;

/**
 * What happens next, once a person finishes a task: the case it was for and its open tasks with who has them.
 * Tasklist shows it after each completion (app/tasklist/scripts/next-steps.js); only someone who may read the case
 * is told (403 otherwise, as for no such task).
 */
@RestController
class NextStepsController {

    record NextSteps(String caseReference, String childName, String done, List<OpenTasks.OpenTask> next,
            String casePage) {
    }

    private final HistoryService history;
    private final ApplicationAuthority authority;
    private final CaseAccess access;
    private final ChildCaseService cases;
    private final OpenTasks openTasks;

    NextStepsController(HistoryService history, ApplicationAuthority authority, CaseAccess access,
            ChildCaseService cases, OpenTasks openTasks) {
        this.history = history;
        this.authority = authority;
        this.access = access;
        this.cases = cases;
        this.openTasks = openTasks;
    }

    @GetMapping("/api/tasks/{taskId}/next")
    NextSteps next(@PathVariable String taskId) {
        HistoricTaskInstance done = authority.call(() -> history.createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult());
        if (done == null || done.getProcessInstanceId() == null) {
            throw new NotFoundException("There is no task " + taskId);
        }
        HistoricProcessInstance process = authority.call(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult());
        String reference = process == null ? null : process.getBusinessKey();
        if (reference == null || cases.find(reference).isEmpty()) {
            throw new NotFoundException("Task " + taskId + " is not about a case");
        }
        access.read(reference, AccessAudit.Action.READ_CASE);
        return new NextSteps(reference, cases.get(reference).getChild().fullName(), done.getName(),
                openTasks.of(reference), "/cases/" + reference);
    }
}
