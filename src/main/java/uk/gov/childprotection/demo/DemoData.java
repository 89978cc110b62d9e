package uk.gov.childprotection.demo;

import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.FamilyReferral;
import uk.gov.childprotection.family.Relationship;

import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.calendar.WorkingDayCalendar;
import uk.gov.childprotection.security.Staff;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Circumstance;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;

/**
 * The demo: users for every role and a handful of cases standing at different stages, walked through the real
 * processes with the same submissions as the forms, on the dates they would have happened (the engine's clock
 * is moved back for each step). Runs only in the demo profile, and only into an empty database.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoUsers users;
    private final ChildCaseService cases;
    private final CaseRepository caseRepository;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final WorkingDayCalendar calendar;
    private final Staff staff;
    private final uk.gov.childprotection.conference.AgencyDirectory agencies;
    private final uk.gov.childprotection.census.CensusService census;

    DemoData(DemoUsers users, ChildCaseService cases, CaseRepository caseRepository, TaskService tasks,
            IdentityService identity, RuntimeService runtime, ManagementService management,
            WorkingDayCalendar calendar, Staff staff, uk.gov.childprotection.conference.AgencyDirectory agencies,
            uk.gov.childprotection.census.CensusService census) {
        this.agencies = agencies;
        this.census = census;
        this.users = users;
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.tasks = tasks;
        this.identity = identity;
        this.runtime = runtime;
        this.management = management;
        this.calendar = calendar;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.ensure();
        if (caseRepository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(Today.ENGLAND);
        agencyDirectory();
        try {
            atStrategyDiscussion(today);
            awaitingAuthorisation(today);
            conferenceToBook(today);
            conferenceInPreparation(today);
            planInForce(today);
            conferenceOverdue(today);
            transferredIn(today);
            unborn(today);
            familyAtConference(today);
            familyOnPlans(today);
            pastConferences(today);
        } finally {
            ClockUtil.reset();
        }
        log.info("Demo: {} cases created; sign in to /camunda as any demo user with password '{}'",
                caseRepository.count(), DemoUsers.PASSWORD);
    }

    /**
     * The agency directory as an administrator keeps it: secure addresses for the police, the health visitors and
     * the GP practice (copies go by email), the school by post only. Demo addresses, on secure domains.
     */
    private void agencyDirectory() {
        String admin = DemoUsers.ADMINISTRATOR.id();
        agencies.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.POLICE, "Child Abuse Investigation Unit",
                "caiu.conferences@demo.police.uk", "Police Station\nSt Aldates\nOxford OX1 1SZ", "01632 960201"),
                admin);
        agencies.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.HEALTH_VISITOR, "Health Visiting Team (South)",
                "health.visiting.south@demo.nhs.net", "Health Centre\nCowley Road\nOxford OX4 1XD", "01632 960202"),
                admin);
        agencies.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.GP, "Demo Street Surgery", "demo.street.surgery@demo.nhs.net",
                "1 Demo Street\nOxford OX4 1AB", "01632 960203"), admin);
        agencies.save(new uk.gov.childprotection.conference.AgencyDirectory.Entry(
                uk.gov.childprotection.conference.Agency.SCHOOL, "Designated Safeguarding Lead, Demo Primary School",
                null, "Demo Primary School\nSchool Lane\nOxford OX4 2CD", "01632 960204"), admin);
    }

    private String refer(String given, String family, LocalDate born, LocalDate referred, Gender gender,
            Circumstance... circumstances) {
        at(referred);
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, family, born, gender,
                "12 Demo Street, Oxford OX4 1AA", "English"), referred, ReferralSource.SCHOOL,
                "The school reports " + given + " arrived with marks on the face and said an adult hit them.",
                List.of(circumstances), DemoUsers.SOCIAL_WORKER.id(), DemoUsers.TEAM_MANAGER.id(), null)).getReference();
    }

    private void atStrategyDiscussion(LocalDate today) {
        refer("Ava", "Brown", today.minusYears(6).minusMonths(3), calendar.onOrBefore(today), Gender.FEMALE,
                Circumstance.DOMESTIC_ABUSE);
    }

    private void awaitingAuthorisation(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 4);
        String ref = refer("Ben", "Carter", today.minusYears(11), strategy, Gender.MALE,
                Circumstance.PARENTAL_SUBSTANCE_MISUSE);
        work(DemoUsers.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategy,
                strategyDiscussion(strategy, "SECTION_47"));
        LocalDate findings = calendar.subtractWorkingDays(today, 1);
        work(DemoUsers.SOCIAL_WORKER, ref, "Task_RecordSection47Findings", findings,
                section47Findings(strategy, findings, "CONVENE_ICPC"));
    }

    private LocalDate toConference(String ref, LocalDate strategy) {
        work(DemoUsers.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategy,
                strategyDiscussion(strategy, "SECTION_47"));
        LocalDate concluded = calendar.addWorkingDays(strategy, 3);
        work(DemoUsers.SOCIAL_WORKER, ref, "Task_RecordSection47Findings", concluded,
                section47Findings(strategy, concluded, "CONVENE_ICPC"));
        work(DemoUsers.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", concluded,
                authorisation("AUTHORISED", null));
        return concluded;
    }

    private void conferenceToBook(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 6);
        toConference(refer("Cleo", "Davies", today.minusYears(3), strategy, Gender.FEMALE,
                Circumstance.PARENTAL_MENTAL_HEALTH), strategy);
    }

    private void conferenceInPreparation(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 8);
        String ref = refer("Dev", "Evans", today.minusYears(14), strategy, Gender.MALE,
                Circumstance.CHILD_MENTAL_HEALTH);
        LocalDate booked = toConference(ref, strategy);
        LocalDate conferenceDay = calendar.addWorkingDays(strategy, 14);
        work(DemoUsers.ADMINISTRATOR, ref, "Task_BookConference", booked, booking(conferenceDay, DemoUsers.CHAIR.id()));
        work(DemoUsers.ADMINISTRATOR, ref, "Task_InviteParticipants", booked,
                invitations("POLICE", "SCHOOL", "GP", "CAMHS"));
    }

    private void planInForce(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 25);
        String ref = refer("Ella", "Fisher", today.minusYears(8), strategy, Gender.FEMALE,
                Circumstance.DOMESTIC_ABUSE, Circumstance.PARENTAL_SUBSTANCE_MISUSE);
        LocalDate booked = toConference(ref, strategy);
        LocalDate conferenceDay = calendar.addWorkingDays(strategy, 12);
        work(DemoUsers.ADMINISTRATOR, ref, "Task_BookConference", booked,
                booking(conferenceDay, DemoUsers.SECOND_CHAIR.id()));
        work(DemoUsers.ADMINISTRATOR, ref, "Task_InviteParticipants", booked,
                invitations("POLICE", "SCHOOL", "GP", "DOMESTIC_ABUSE_SERVICE", "SUBSTANCE_MISUSE"));
        LocalDate reportDay = calendar.subtractWorkingDays(conferenceDay, 4);
        work(DemoUsers.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportDay, reportShared(reportDay));
        work(DemoUsers.SECOND_CHAIR, ref, "Task_ContactParents", reportDay, chairContact(reportDay));
        work(DemoUsers.ADMINISTRATOR, ref, "Task_RecordAgencyReports", reportDay,
                agencyReports("POLICE", "SCHOOL", "GP"));
        work(DemoUsers.SECOND_CHAIR, ref, "Task_HoldConference", conferenceDay,
                conferenceRecord(conferenceDay, "CHILD_PROTECTION_PLAN", DemoUsers.SOCIAL_WORKER.id(),
                        calendar.onOrBefore(conferenceDay.plusMonths(3)), "NEGLECT", "EMOTIONAL_ABUSE"));
    }

    private void conferenceOverdue(LocalDate today) {
        // Strategy discussion 17 working days ago and no conference yet: the timescale is missed, and the team
        // manager has the escalation in Tasklist once the job executor fires the timer.
        LocalDate strategy = calendar.subtractWorkingDays(today, 17);
        toConference(refer("Finn", "Green", today.minusYears(1), strategy, Gender.MALE), strategy);
    }

    private void transferredIn(LocalDate today) {
        LocalDate told = calendar.subtractWorkingDays(today, 3);
        at(told);
        cases.openCase(new NewReferral(new NewReferral.ChildDetails("Gus", "Hill", today.minusYears(5), Gender.MALE,
                "3 New Road, Oxford OX2 2BB", "English"), told, ReferralSource.LOCAL_AUTHORITY,
                "Gus is on a Child Protection Plan (neglect) in Derby; the family moved here.", List.of(),
                DemoUsers.SECOND_SOCIAL_WORKER.id(), DemoUsers.TEAM_MANAGER.id(),
                new NewReferral.TransferIn("Derby City Council", told)));
    }

    private void unborn(LocalDate today) {
        LocalDate referred = calendar.onOrBefore(today);
        at(referred);
        cases.openCase(new NewReferral(new NewReferral.ChildDetails("Baby", "Irving", null, Gender.NOT_KNOWN,
                "8 Canal Street, Oxford OX2 6BH", "English", today.plusMonths(4)), referred, ReferralSource.HEALTH,
                "The midwife is worried about the mother's alcohol use in pregnancy and an older sibling's removal.",
                List.of(Circumstance.PARENTAL_SUBSTANCE_MISUSE), DemoUsers.SECOND_SOCIAL_WORKER.id(),
                DemoUsers.TEAM_MANAGER.id(), null));
    }

    /** A household referred together: one referral, a case for each child, the parents recorded once. */
    private List<String> referFamily(String familyName, LocalDate referred, List<NewReferral.ChildDetails> children,
            List<FamilyReferral.Person> people) {
        at(referred);
        return cases.openFamilyCases(new FamilyReferral(null, children, referred, ReferralSource.SCHOOL,
                "The eldest told a teacher the adults fight at night and the youngest is left alone.",
                List.of(Circumstance.DOMESTIC_ABUSE), DemoUsers.SOCIAL_WORKER.id(), DemoUsers.TEAM_MANAGER.id(),
                null, people)).cases().stream().map(ChildProtectionCase::getReference).toList();
    }

    private static FamilyReferral.Person parent(String name, Relationship relationship, boolean... responsibility) {
        List<FamilyReferral.ChildLink> links = new ArrayList<>();
        for (int i = 0; i < responsibility.length; i++) {
            links.add(new FamilyReferral.ChildLink(i + 1, null, relationship, responsibility[i]));
        }
        return new FamilyReferral.Person(name, name.toLowerCase().replace(' ', '.') + "@example.org", "07700 900456",
                "21 Orchard Way, Oxford OX3 7DE", null, false, false, false, false, links);
    }

    /**
     * The Kaur family: three children, the youngest 7 months old, at one initial conference, booked and invited
     * for the household. The father holds parental responsibility for the two younger children only.
     */
    private void familyAtConference(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 7);
        String address = "21 Orchard Way, Oxford OX3 7DE";
        List<String> refs = referFamily("Kaur", strategy, List.of(
                new NewReferral.ChildDetails("Jas", "Kaur", today.minusYears(9), Gender.FEMALE, address, "English"),
                new NewReferral.ChildDetails("Kiran", "Kaur", today.minusYears(4), Gender.MALE, address, "English"),
                new NewReferral.ChildDetails("Leela", "Kaur", today.minusMonths(7), Gender.FEMALE, address,
                        "English")),
                List.of(parent("Priya Kaur", Relationship.MOTHER, true, true, true),
                        parent("Tom Reid", Relationship.FATHER, false, true, true)));
        LocalDate concluded = strategy;
        for (String ref : refs) {
            concluded = toConference(ref, strategy);
        }
        LocalDate conferenceDay = calendar.addWorkingDays(strategy, 14);
        work(DemoUsers.ADMINISTRATOR, refs.get(0), "Task_BookConference", concluded,
                booking(conferenceDay, DemoUsers.CHAIR.id()));
        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "HEALTH_VISITOR", "GP");
        Submissions.parent(invited, 1, "Priya Kaur", "MOTHER", "");
        Submissions.parent(invited, 2, "Tom Reid", "FATHER", "");
        work(DemoUsers.ADMINISTRATOR, refs.get(0), "Task_InviteParticipants", concluded, invited);
    }

    /** The Morgan brothers: one initial conference put both on plans; their first review is one meeting. */
    private void familyOnPlans(LocalDate today) {
        LocalDate strategy = calendar.subtractWorkingDays(today, 30);
        String address = "5 Station Road, Oxford OX4 2FG";
        List<String> refs = referFamily("Morgan", strategy, List.of(
                new NewReferral.ChildDetails("Owen", "Morgan", today.minusYears(12), Gender.MALE, address, "Welsh"),
                new NewReferral.ChildDetails("Rhys", "Morgan", today.minusYears(7), Gender.MALE, address, "Welsh")),
                List.of(parent("Carys Morgan", Relationship.MOTHER, true, true),
                        parent("Ian Morgan", Relationship.FATHER, true, true)));
        LocalDate concluded = strategy;
        for (String ref : refs) {
            concluded = toConference(ref, strategy);
        }
        String host = refs.get(0);
        LocalDate conferenceDay = calendar.addWorkingDays(strategy, 13);
        work(DemoUsers.ADMINISTRATOR, host, "Task_BookConference", concluded,
                booking(conferenceDay, DemoUsers.SECOND_CHAIR.id()));
        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "GP");
        Submissions.parent(invited, 1, "Carys Morgan", "MOTHER", "");
        Submissions.parent(invited, 2, "Ian Morgan", "FATHER", "");
        work(DemoUsers.ADMINISTRATOR, host, "Task_InviteParticipants", concluded, invited);
        LocalDate reportDay = calendar.subtractWorkingDays(conferenceDay, 4);
        work(DemoUsers.SOCIAL_WORKER, host, "Task_ShareSocialWorkerReport", reportDay, reportShared(reportDay));
        work(DemoUsers.SECOND_CHAIR, host, "Task_ContactParents", reportDay, chairContact(reportDay));
        work(DemoUsers.ADMINISTRATOR, host, "Task_RecordAgencyReports", reportDay, agencyReports("POLICE", "SCHOOL"));
        LocalDate review = calendar.onOrBefore(conferenceDay.plusMonths(3));
        work(DemoUsers.SECOND_CHAIR, host, "Task_HoldConference", conferenceDay, Submissions.householdRecord(
                conferenceDay, review, List.of(
                        Submissions.decisionRow(refs.get(0), "CHILD_PROTECTION_PLAN", DemoUsers.SOCIAL_WORKER.id(),
                                "EMOTIONAL_ABUSE"),
                        Submissions.decisionRow(refs.get(1), "CHILD_PROTECTION_PLAN", DemoUsers.SOCIAL_WORKER.id(),
                                "EMOTIONAL_ABUSE", "NEGLECT"))));
        // The brother's case goes on from his own decision (the job executor would do this a moment later).
        refs.forEach(this::runDocumentJobs);
        refs.forEach(this::runDocumentJobs);
    }

    /** A child seen at an initial conference in the last six months, for the managers' monitoring page. */
    private record Past(String given, String family, Gender gender, int workingDaysAgo, int heldAfter,
            String decision, String delayReason) {
    }

    /**
     * Initial conferences of the last six months, so that the managers' monitoring page has months to compare:
     * most held within the 15 working days, two late with the reasons their team manager recorded. Their
     * decisions are a Child in Need plan or no further action, so no plan's work is left running from them.
     */
    private void pastConferences(LocalDate today) {
        List<Past> past = List.of(
                new Past("Maya", "Patel", Gender.FEMALE, 125, 12, "CHILD_IN_NEED", null),
                new Past("Noah", "Quinn", Gender.MALE, 118, 19, "NO_FURTHER_ACTION",
                        "The mother was in hospital; the conference waited for her to be well enough to take part."),
                new Past("Isla", "Roberts", Gender.FEMALE, 100, 14, "CHILD_IN_NEED", null),
                new Past("Leo", "Singh", Gender.MALE, 84, 10, "NO_FURTHER_ACTION", null),
                new Past("Ruby", "Taylor", Gender.FEMALE, 78, 15, "CHILD_IN_NEED", null),
                new Past("Alfie", "Upton", Gender.MALE, 62, 17, "CHILD_IN_NEED",
                        "No Chair was free within 15 working days: two Chairs were on leave."),
                new Past("Freya", "Vaughan", Gender.FEMALE, 45, 13, "NO_FURTHER_ACTION", null),
                new Past("Oscar", "Walsh", Gender.MALE, 40, 11, "CHILD_IN_NEED", null));
        for (Past child : past) {
            LocalDate strategy = calendar.subtractWorkingDays(today, child.workingDaysAgo());
            String ref = refer(child.given(), child.family(), today.minusYears(7).minusMonths(child.heldAfter()),
                    strategy, child.gender());
            LocalDate booked = toConference(ref, strategy);
            LocalDate conferenceDay = calendar.addWorkingDays(strategy, child.heldAfter());
            work(DemoUsers.ADMINISTRATOR, ref, "Task_BookConference", booked,
                    booking(conferenceDay, DemoUsers.CHAIR.id()));
            work(DemoUsers.ADMINISTRATOR, ref, "Task_InviteParticipants", booked,
                    invitations("POLICE", "SCHOOL", "GP"));
            LocalDate reportDay = calendar.subtractWorkingDays(conferenceDay, 4);
            work(DemoUsers.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport", reportDay, reportShared(reportDay));
            work(DemoUsers.CHAIR, ref, "Task_ContactParents", reportDay, chairContact(reportDay));
            work(DemoUsers.ADMINISTRATOR, ref, "Task_RecordAgencyReports", reportDay,
                    agencyReports("POLICE", "SCHOOL", "GP"));
            if (child.delayReason() != null) {
                // The timescale passed before the conference: the escalation reaches the team manager, who says why.
                at(conferenceDay);
                fireDueTimers(ref);
                work(DemoUsers.TEAM_MANAGER, ref, "Task_RecordConferenceDelay", conferenceDay,
                        Submissions.delay(child.delayReason()));
            }
            work(DemoUsers.CHAIR, ref, "Task_HoldConference", conferenceDay,
                    conferenceRecord(conferenceDay, child.decision(), null, null));
            censusItems(ref, conferenceDay, past.indexOf(child), strategy);
            runDocumentJobs(ref);
            // The next working day the administrator posted the copies for those without email.
            LocalDate posted = calendar.addWorkingDays(conferenceDay, 1);
            at(posted);
            for (Task post : tasks.createTaskQuery().processInstanceBusinessKey(ref)
                    .taskDefinitionKey("Task_PostCopies").list()) {
                staff.signIn(DemoUsers.ADMINISTRATOR.id());
                try {
                    tasks.complete(post.getId(), Map.of("postedDate", posted.toString()));
                } finally {
                    identity.clearAuthentication();
                }
            }
            runDocumentJobs(ref);
        }
    }

    /** Demo unique pupil numbers, each with its right check letter (council 999, issued 2026). */
    private static final List<String> UPNS = List.of("F999202600001", "V999202600002", "J999202600003",
            "Y999202600004", "M999202600005", "B999202600006", "Q999202600007", "E999202600008");
    private static final List<String> ETHNICITIES = List.of("WBRI", "AIND", "MWBC", "WOTH", "BAFR", "APKN",
            "WBRI", "CHNE");

    /**
     * The census items the social worker records after the conference: the assessment that ran beside the
     * enquiry, authorised on the conference day. Two records are left unfinished, as at any council before the
     * return: Noah's ethnicity was not asked, Leo's assessment factors not entered, so the census page has breaks
     * to show.
     */
    private void censusItems(String ref, LocalDate conferenceDay, int n, LocalDate strategy) {
        at(conferenceDay);
        census.record(ref, new uk.gov.childprotection.census.CensusService.CensusDetails(UPNS.get(n), null,
                n == 1 ? null : ETHNICITIES.get(n), List.of(n % 3 == 0 ? "COMM" : "NONE"), null, null,
                n % 2 == 0 ? "N1" : "N4", strategy, conferenceDay,
                n == 3 ? List.of() : List.of(n % 2 == 0 ? "16A" : "3B", "4B")), DemoUsers.SOCIAL_WORKER.id());
    }

    /** Fires the case's timers that are due on the demo's date, as the job executor would. */
    private void fireDueTimers(String ref) {
        for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
                try {
                    management.executeJob(timer.getId());
                } catch (ProcessEngineException raced) {
                    log.debug("Demo timer {} of {} was run elsewhere: {}", timer.getId(), ref, raced.getMessage());
                }
            }
        }
    }

    private void work(DemoUsers.Person person, String ref, String taskKey, LocalDate on, Map<String, Object> form) {
        at(on);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Demo case " + ref + " has no task " + taskKey + " to work on");
        }
        staff.signIn(person.id());
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
        runDocumentJobs(ref);
    }

    /**
     * Writes the case's documents now, on the demo's date, as the job executor would a moment later: the next
     * step of the walk needs the task that follows them (the invitation letters and report requests come before
     * the preparation tasks). Where the job executor takes a job first, the engine refuses the second run of it
     * and the loop looks again.
     */
    private void runDocumentJobs(String ref) {
        for (int round = 0; round < 20; round++) {
            List<Job> ready = new ArrayList<>();
            for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list()) {
                ready.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages()
                        .executable().list());
            }
            if (ready.isEmpty()) {
                return;
            }
            for (Job job : ready) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException raced) {
                    log.debug("Demo job {} of {} was run elsewhere or failed: {}", job.getId(), ref,
                            raced.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(Today.ENGLAND).toInstant()));
    }
}
