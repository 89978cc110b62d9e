package uk.gov.childprotection.common;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves what the engine already worked out from a domain date when that date changes (a birth brings a core
 * group forward, a review is arranged sooner, a conference is booked again): a timer read its date when it was
 * created, a task its due and follow-up dates, and neither reads them again. Through the engine's own API, so
 * the job executor, Tasklist's filters and Cockpit see the new dates at once.
 */
@Component
public class EngineDueDates {

    private final ManagementService management;
    private final TaskService tasks;

    public EngineDueDates(ManagementService management, TaskService tasks) {
        this.management = management;
        this.tasks = tasks;
    }

    /** The waiting timers of that boundary or intermediate event, in these process instances: returns how many. */
    public int moveTimer(String processInstanceId, String activityId, Date due) {
        int moved = 0;
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list()) {
            management.setJobDuedate(job.getId(), due);
            moved++;
        }
        return moved;
    }

    /** The open tasks of that definition key, in the process instance: their due date, and follow-up date if given. */
    public int moveTask(String processInstanceId, String taskKey, Date due, Date followUp) {
        int moved = 0;
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .list()) {
            task.setDueDate(due);
            if (followUp != null) {
                task.setFollowUpDate(followUp);
            }
            tasks.saveTask(task);
            moved++;
        }
        return moved;
    }
}
