package uk.gov.childprotection.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.childprotection.calendar.Today;

/**
 * Drives the real processes as Tasklist would: tasks completed by a signed-in user with the variables the
 * forms submit, the engine's clock moved instead of waiting, and timer jobs executed by the test.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class ProcessTestSupport {

    /** Monday 7 December 2026: an ICPC due 15 working days later crosses Christmas and the substitute day. */
    protected static final LocalDate STRATEGY_DAY = LocalDate.of(2026, 12, 7);

    @Autowired protected ProcessEngine engine;
    @Autowired protected RuntimeService runtime;
    @Autowired protected TaskService tasks;
    @Autowired protected IdentityService identity;
    @Autowired protected ManagementService management;
    @Autowired protected HistoryService history;
    @Autowired protected uk.gov.childprotection.security.Staff staff;

    @BeforeEach
    void startOfTest() {
        claimEngineName(engine);
        AbstractAssertions.init(engine);
        TestStaff.ensure(identity);
        setToday(STRATEGY_DAY);
    }

    @AfterEach
    void endOfTest() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    /**
     * Makes this context's engine the one its name finds. The webapps and /engine-rest look an engine up by name in
     * the engine's static registry on every request; the test classes that share the name "default" (for Cockpit
     * and Tasklist) run in two cached contexts (the demo's and the rest's), and whichever started last would
     * otherwise answer for both: a sign-in checked against the other context's database, refused.
     */
    public static void claimEngineName(ProcessEngine engine) {
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Today.ENGLAND).toLocalDate();
    }

    public static void setToday(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(LocalTime.of(9, 0)).atZone(Today.ENGLAND).toInstant()));
    }

    /** Signs the user in to the engine with their groups, as Tasklist and the REST API do. */
    public void signIn(String user) {
        staff.signIn(user);
    }

    /** The one open task of this case with that definition key, in whichever process of the case it is. */
    protected Task task(String caseReference, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey(taskKey).list();
        if (found.size() != 1) {
            throw new AssertionError("Expected one open task " + taskKey + " for " + caseReference + " but found "
                    + found.size() + "; open: " + tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
                    .list().stream().map(Task::getTaskDefinitionKey).toList());
        }
        return found.get(0);
    }

    /** Completes the task as the given user with the given form submission, then runs what the job executor would. */
    public void complete(String user, String caseReference, String taskKey, Map<String, Object> form) {
        Task task = task(caseReference, taskKey);
        signIn(user);
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
        runAsyncJobs(caseReference);
    }

    /**
     * The job executor is off in tests: run the case's asynchronous continuations (documents), as it would,
     * until none are left. Timers are not touched: they wait for the clock.
     */
    public void runAsyncJobs(String caseReference) {
        for (int round = 0; round < 10; round++) {
            List<Job> ready = new java.util.ArrayList<>();
            for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()) {
                ready.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages()
                        .executable().list());
            }
            if (ready.isEmpty()) {
                return;
            }
            ready.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /**
     * The conference administrator posts, today, the copies of a conference's documents that had no email
     * address (task "Post copies to participants without email"), as they would the day after each conference.
     */
    public void postCopies(String caseReference) {
        for (Task post : tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_PostCopies").list()) {
            signIn(TestStaff.ADMINISTRATOR);
            try {
                tasks.complete(post.getId(), Map.of("postedDate", today().toString()));
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    /** Executes every timer of the case (in any of its processes) whose time has come on the engine's clock. */
    protected int fireDueTimers(String caseReference) {
        int fired = 0;
        for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()) {
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list();
            due.forEach(job -> management.executeJob(job.getId()));
            fired += due.size();
        }
        return fired;
    }
}
