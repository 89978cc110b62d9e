package uk.gov.childprotection.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.apache.pdfbox.Loader;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.childprotection.ChildProtectionApplication;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.demo.Submissions;
import uk.gov.childprotection.support.TestStaff;

/**
 * Documents per second for a four-page conference record: through the service the process's delegate calls
 * (model, template, PDF, hash, storage), and through the delegate itself as the engine runs its job (the record
 * and the parents' decision letters), each beside the bare openhtmltopdf render of the same pages, in one run.
 * Run with {@code ./mvnw -Pbenchmark verify}; it prints figures and asserts nothing about time.
 */
public final class DocumentBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext spring = new SpringApplication(ChildProtectionApplication.class)
                .run("--spring.profiles.active=test", "--logging.level.root=WARN",
                        // Process coverage belongs to the tests, not to a benchmark.
                        "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage"
                                + ".spring_test.platform7.ProcessEngineCoverageConfiguration")) {
            Long conferenceId = heldConference(spring);
            ConferenceRecordDocuments records = spring.getBean(ConferenceRecordDocuments.class);
            DocumentService documents = spring.getBean(DocumentService.class);
            PdfRenderer renderer = spring.getBean(PdfRenderer.class);
            ConferenceService conferences = spring.getBean(ConferenceService.class);
            String html = documents.html(DocumentType.CONFERENCE_RECORD, records.model(conferences.get(conferenceId)),
                    false);
            try (var pdf = Loader.loadPDF(renderer.render(html))) {
                System.out.printf("conference record: %d pages, %d KB%n", pdf.getNumberOfPages(),
                        renderer.render(html).length / 1024);
            }
            // What the delegate writes for one conference: the record and each parent's decision letter.
            var conference = conferences.get(conferenceId);
            List<String> pages = new java.util.ArrayList<>(List.of(html));
            for (var parent : conferences.participants(conferenceId)) {
                if (parent.getKind() == uk.gov.childprotection.conference.Participant.Kind.PARENT) {
                    pages.add(documents.html(DocumentType.DECISION_LETTER,
                            records.decisionLetterModel(conference, parent), false));
                }
            }
            String reference = conferences.caseOf(conference).getReference();
            for (int i = 0; i < WARM_UP; i++) {
                records.write(conferenceId, false, "warm-" + i, "benchmark");
                renderer.render(html);
                throughTheDelegate(spring, reference, conferenceId);
            }
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                records.write(conferenceId, false, "run-" + i, "benchmark");
            }
            double service = MEASURED / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                renderer.render(html);
            }
            double bare = MEASURED / ((System.nanoTime() - start) / 1e9);

            int before = documents.ofCase(conference.getCaseId()).size();
            start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                throughTheDelegate(spring, reference, conferenceId);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int written = documents.ofCase(conference.getCaseId()).size() - before;
            double delegate = written / seconds;
            start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                pages.forEach(renderer::render);
            }
            double bareSet = MEASURED * pages.size() / ((System.nanoTime() - start) / 1e9);

            System.out.printf("record only, through the service (model, template, render, hash, store): %.1f documents/s%n",
                    service);
            System.out.printf("record only, bare openhtmltopdf render of the same page:                 %.1f documents/s%n",
                    bare);
            System.out.printf("ratio service/bare: %.2f%n", service / bare);
            System.out.printf("through the delegate as the engine runs it (job, %d documents a run: record and "
                    + "decision letters, then the sending prepared): %.1f documents/s%n", pages.size(), delegate);
            System.out.printf("bare openhtmltopdf render of the same %d pages:                        %.1f documents/s%n",
                    pages.size(), bareSet);
            System.out.printf("ratio delegate/bare: %.2f%n", delegate / bareSet);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * One run of the asynchronous service task "Write the conference record" as the job executor runs it: a
     * conference process started at the task, its job executed (delegate, then "Send the record to participants").
     */
    private static void throughTheDelegate(ConfigurableApplicationContext spring, String reference, Long conferenceId) {
        var runtime = spring.getBean(org.camunda.bpm.engine.RuntimeService.class);
        var management = spring.getBean(org.camunda.bpm.engine.ManagementService.class);
        String instance = runtime.createProcessInstanceByKey("child-protection-conference").businessKey(reference)
                .setVariable("caseReference", reference).setVariable("conferenceId", conferenceId)
                .startBeforeActivity("Task_WriteConferenceRecord").execute().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    }

    /** A conference with long texts, so that its record runs to about four pages. */
    private static Long heldConference(ConfigurableApplicationContext spring) {
        ChildCaseService cases = spring.getBean(ChildCaseService.class);
        IdentityService identity = spring.getBean(IdentityService.class);
        TaskService tasks = spring.getBean(TaskService.class);
        ManagementService management = spring.getBean(ManagementService.class);
        TestStaff.ensure(identity);
        LocalDate day = LocalDate.of(2026, 12, 7);
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(day.atTime(9, 0)));
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Bench", "Mark",
                LocalDate.of(2016, 1, 1), Gender.FEMALE, null, null), day, ReferralSource.SCHOOL, "Concerns",
                List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
        complete(tasks, management, ref, "Task_RecordStrategyDiscussion",
                Submissions.strategyDiscussion(day, "SECTION_47"));
        complete(tasks, management, ref, "Task_RecordSection47Findings",
                Submissions.section47Findings(day, day, "CONVENE_ICPC"));
        complete(tasks, management, ref, "Task_AuthoriseSection47Outcome",
                Submissions.authorisation("AUTHORISED", null));
        LocalDate held = LocalDate.of(2026, 12, 21);
        complete(tasks, management, ref, "Task_BookConference", Submissions.booking(held, TestStaff.CHAIR));
        complete(tasks, management, ref, "Task_InviteParticipants", Submissions.invitations("POLICE", "SCHOOL", "GP"));
        complete(tasks, management, ref, "Task_ShareSocialWorkerReport", Submissions.reportShared(day));
        complete(tasks, management, ref, "Task_ContactParents", Submissions.chairContact(day));
        complete(tasks, management, ref, "Task_RecordAgencyReports", Submissions.agencyReports("POLICE"));
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(held.atTime(9, 0)));
        Map<String, Object> record = Submissions.conferenceRecord(held, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT");
        String paragraph = " The social worker described what was seen at each visit, what the school and the health "
                + "visitor have noticed, and what the parents said about how things are at home.";
        for (String field : List.of("dangerStatements", "workingWell", "worries", "complicatingFactors",
                "childWishesAndFeelings", "safetyGoals", "outlinePlan")) {
            record.put(field, record.get(field) + paragraph.repeat(6));
        }
        complete(tasks, management, ref, "Task_HoldConference", record);
        return spring.getBean(ConferenceService.class).ofCase(cases.get(ref).getId()).get(0).getId();
    }

    private static void complete(TaskService tasks, ManagementService management, String ref, String key,
            Map<String, Object> form) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult()
                .getId(), form);
        // The job executor is off (test profile): write the letters the next tasks wait for, as it would.
        for (int round = 0; round < 10; round++) {
            List<org.camunda.bpm.engine.runtime.Job> ready = management.createJobQuery().messages().executable().list();
            if (ready.isEmpty()) {
                return;
            }
            ready.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private DocumentBenchmark() {
    }
}
