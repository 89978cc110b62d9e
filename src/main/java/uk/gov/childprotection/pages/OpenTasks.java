package uk.gov.childprotection.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * A case's open tasks and who holds them (a person, or the group whose members may take it), as the case page and
 * "what happens next" show them. Read with the application's authority: the caller has already been allowed to read
 * the case, so they see where it stands even where the tasks are other people's.
 */
@Component
class OpenTasks {

    /** An open task of the case: its name, who has it, when it is due (in words) and whether that has passed. */
    record OpenTask(String name, String holder, String due, boolean overdue) {
    }

    private final TaskService tasks;
    private final ApplicationAuthority authority;
    private final Staff staff;
    private final Today today;

    OpenTasks(TaskService tasks, ApplicationAuthority authority, Staff staff, Today today) {
        this.tasks = tasks;
        this.authority = authority;
        this.staff = staff;
        this.today = today;
    }

    List<OpenTask> of(String caseReference) {
        return authority.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
                .orderByDueDate().asc().list().stream()
                .map(t -> new OpenTask(t.getName(), t.getAssignee() != null ? staff.displayName(t.getAssignee())
                        : "Not taken yet (" + String.join(", ", candidateGroups(t.getId())) + ")",
                        t.getDueDate() == null ? "" : DeadlineService.longDate(day(t.getDueDate().toInstant())),
                        t.getDueDate() != null && t.getDueDate().toInstant().isBefore(today.now().toInstant())))
                .toList());
    }

    /** "Conference administrators": the groups by the names people know them by. */
    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().filter(l -> l.getGroupId() != null)
                .map(l -> Roles.GROUPS.getOrDefault(l.getGroupId(), l.getGroupId())).toList();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Today.ENGLAND).toLocalDate();
    }
}
