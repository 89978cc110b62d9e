package uk.gov.childprotection.cases;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's shared filters: a person's own work, their groups' work, what is due soon and what is overdue,
 * so a timescale about to be missed, or missed, is in plain sight. Created once, by name; a restart changes nothing.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("My tasks", -10, "Tasks assigned to me",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create("My groups' tasks", -5, "Unassigned tasks for my groups",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        // A task's follow-up date is its reminder day (a setting number of working days before it is due).
        create("Due soon", -2, "Tasks due within the next few working days: their reminder day has come",
                tasks.createTaskQuery().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"));
        create("Overdue", 0, "Tasks past their statutory due date",
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        create("All tasks", 10, "Every open task", tasks.createTaskQuery());
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        // Shown beside each task in the list, so that two "Book conference" tasks can be told apart.
        List<Map<String, String>> shown = List.of(Map.of("name", "childName", "label", "Child"),
                Map.of("name", "caseReference", "label", "Case"));
        Filter filter = filters.newTaskFilter(name).setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "variables", shown));
        filters.saveFilter(filter);
    }
}
