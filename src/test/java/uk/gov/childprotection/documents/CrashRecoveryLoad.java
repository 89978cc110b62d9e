package uk.gov.childprotection.documents;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.childprotection.ChildProtectionApplication;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.demo.Submissions;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The load of scripts/crash-recovery.sh: on the database given by the usual spring.datasource settings, with the
 * job executor off, walks {@code -Dcases=N} cases through the real processes to a held initial conference, and
 * leaves each case's "Write the conference record" job (the record and a decision letter per parent) waiting for
 * the application's job executor. Dates are set back from today, so that the jobs can run on today's date.
 */
public final class CrashRecoveryLoad {

    public static void main(String[] args) {
        int count = Integer.getInteger("cases", 40);
        try (ConfigurableApplicationContext spring = new SpringApplication(ChildProtectionApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0", "--cpc.admin.required=false",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
                "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage"
                        + ".spring_test.platform7.ProcessEngineCoverageConfiguration")) {
            Walker walker = new Walker();
            spring.getAutowireCapableBeanFactory().autowireBean(walker);
            TestStaff.ensure(spring.getBean(IdentityService.class));
            WorkingDayCalendar calendar = spring.getBean(WorkingDayCalendar.class);
            ChildCaseService cases = spring.getBean(ChildCaseService.class);
            TaskService tasks = spring.getBean(TaskService.class);
            LocalDate today = LocalDate.now(Today.ENGLAND);
            LocalDate strategy = calendar.subtractWorkingDays(today, 20);
            LocalDate conferenceDay = calendar.addWorkingDays(strategy, 14);
            for (int i = 0; i < count; i++) {
                ProcessTestSupport.setToday(strategy);
                String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Child" + i, "Recovery",
                        LocalDate.of(2015, 1, 1).plusDays(i), Gender.FEMALE, "1 Test Street", "English"), strategy,
                        ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER,
                        TestStaff.TEAM_MANAGER, null)).getReference();
                ConferenceWalk.toInitialConference(walker, ref, strategy);
                ConferenceWalk.bookAndPrepare(walker, ref, conferenceDay);
                ProcessTestSupport.setToday(conferenceDay);
                walker.signIn(TestStaff.CHAIR);
                try {
                    // Completed without running the job it leaves: that is the application's to do.
                    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(ref)
                            .taskDefinitionKey("Task_HoldConference").singleResult().getId(),
                            Submissions.conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN",
                                    TestStaff.SOCIAL_WORKER, calendar.onOrBefore(conferenceDay.plusMonths(3)),
                                    "NEGLECT"));
                } finally {
                    spring.getBean(IdentityService.class).clearAuthentication();
                }
            }
            ClockUtil.reset();
            System.out.printf("loaded %d cases, each with a conference record job waiting%n", count);
        }
    }

    /** The tests' way of working tasks (ProcessTestSupport), outside a test. */
    static final class Walker extends ProcessTestSupport {
    }
}
