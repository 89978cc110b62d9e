package uk.gov.childprotection.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.decisionRow;
import static uk.gov.childprotection.demo.Submissions.householdRecord;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;
import static uk.gov.childprotection.demo.Submissions.section47Findings;
import static uk.gov.childprotection.demo.Submissions.authorisation;
import static uk.gov.childprotection.demo.Submissions.invitations;
import static uk.gov.childprotection.demo.Submissions.parent;
import static uk.gov.childprotection.demo.Submissions.reportShared;
import static uk.gov.childprotection.demo.Submissions.chairContact;
import static uk.gov.childprotection.demo.Submissions.agencyReports;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.CaseRepository;
import uk.gov.childprotection.cases.CaseStage;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineKind;
import uk.gov.childprotection.cases.DeadlineRepository;
import uk.gov.childprotection.cases.StatutoryDeadline;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceStatus;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.documents.DocumentRepository;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * A household's children at one conference: one booking, one set of invitations, one meeting, one Chair, and a
 * separate decision for each child, each child's case going on from their own; then the siblings on plans
 * reviewed together until one child's plan ends and the other's goes on.
 */
@AutoConfigureMockMvc
class HouseholdConferenceIT extends ProcessTestSupport {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper objectMapper;
    @Autowired CaseRepository cases;
    @Autowired ConferenceService conferences;
    @Autowired DeadlineRepository deadlines;
    @Autowired ChildProtectionPlanRepository protectionPlans;
    @Autowired ChildInNeedPlanRepository childInNeedPlans;
    @Autowired DocumentRepository documents;
    @Autowired FamilyService families;
    @Autowired uk.gov.childprotection.plan.PlanEndingService endings;
    @Autowired uk.gov.childprotection.cases.CaseSummaryService summaries;

    private List<String> referHousehold(String familyName) throws Exception {
        return refer(FamilyReferralIT.threeChildren(familyName));
    }

    private List<String> refer(String body) throws Exception {
        String answer = mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/referrals")
                        .contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode opened = objectMapper.readTree(answer);
        List<String> refs = new ArrayList<>();
        opened.get("cases").forEach(c -> refs.add(c.get("reference").asText()));
        return refs;
    }

    /** Strategy discussion on {@code day}, Section 47 started that day, findings to convene an ICPC, authorised. */
    private void toInitialConference(String ref, LocalDate day) {
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStrategyDiscussion", strategyDiscussion(day, "SECTION_47"));
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordSection47Findings",
                section47Findings(day, today(), "CONVENE_ICPC"));
        complete(TestStaff.TEAM_MANAGER, ref, "Task_AuthoriseSection47Outcome", authorisation("AUTHORISED", null));
        runAsyncJobs(ref);
    }

    private Conference conferenceOf(String ref) {
        ChildProtectionCase aCase = cases.findByReference(ref).orElseThrow();
        List<Conference> all = conferences.ofCase(aCase.getId());
        return all.get(all.size() - 1);
    }

    private Conference initialConferenceOf(String ref) {
        return conferences.ofCase(caseOf(ref).getId()).stream()
                .filter(c -> c.getConferenceType().name().equals("INITIAL")).findFirst().orElseThrow();
    }

    private ChildProtectionCase caseOf(String ref) {
        return cases.findByReference(ref).orElseThrow();
    }

    private static Map<String, Object> row(String ref, String decision, String... categories) {
        Map<String, Object> row = decisionRow(ref, decision, TestStaff.SOCIAL_WORKER, categories);
        row.put("wishesAndFeelings", "Wishes and feelings of " + ref + ", in their own words.");
        return row;
    }

    private Map<String, Object> householdInvitations(String familyName) {
        Map<String, Object> form = invitations("POLICE", "SCHOOL", "GP");
        parent(form, 1, "Dana " + familyName, "MOTHER", "Polish");
        parent(form, 2, "Eli Stone", "FATHER", "");
        return form;
    }

    @Test
    void threeChildrenAtOneInitialConferenceEachGetTheirOwnDecision() throws Exception {
        List<String> refs = referHousehold("Ashby");
        String ava = refs.get(0), ben = refs.get(1), cal = refs.get(2);
        // Ava's enquiry began on Monday 7 December; Ben's strategy discussion was the Friday before, so his
        // conference is due a working day earlier; Cal's on the Monday.
        toInitialConference(ava, STRATEGY_DAY);
        toInitialConference(ben, STRATEGY_DAY.minusDays(3));
        toInitialConference(cal, STRATEGY_DAY);

        // One booking for the household: the first child's conference books it, the others wait for it.
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ava).taskDefinitionKey("Task_BookConference")
                .count()).isEqualTo(1);
        for (String sibling : List.of(ben, cal)) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(sibling)
                    .taskDefinitionKey("Task_BookConference").count()).isZero();
            ProcessInstance waiting = runtime.createProcessInstanceQuery().processInstanceBusinessKey(sibling)
                    .processDefinitionKey("child-protection-conference").singleResult();
            assertThat(waiting).isWaitingAt("Task_WaitForHouseholdMeeting");
            assertThat(conferenceOf(sibling).getHeldWithId()).isEqualTo(conferenceOf(ava).getId());
        }
        // Due by the earliest of the children's dates: Ben's, each child still timed by their own.
        LocalDate benDue = deadline(ben, DeadlineKind.ICPC_HELD).getDueDate();
        LocalDate avaDue = deadline(ava, DeadlineKind.ICPC_HELD).getDueDate();
        assertThat(benDue).isBefore(avaDue);
        Task book = task(ava, "Task_BookConference");
        assertThat(book.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(benDue);

        LocalDate meetingDay = benDue;
        complete(TestStaff.ADMINISTRATOR, ava, "Task_BookConference", booking(meetingDay, TestStaff.CHAIR));
        for (String sibling : List.of(ben, cal)) {
            Conference own = conferenceOf(sibling);
            assertThat(own.getStatus()).isEqualTo(ConferenceStatus.BOOKED);
            assertThat(own.getScheduledDate()).isEqualTo(meetingDay);
            assertThat(own.getChair()).isEqualTo(TestStaff.CHAIR);
        }

        // The household's people are already in the invitation form, as the referral recorded them.
        Task invite = task(ava, "Task_InviteParticipants");
        var rows = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(invite.getId(), "parents")).elements();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).prop("name").stringValue()).isEqualTo("Dana Ashby");
        assertThat(rows.get(0).prop("interpreterLanguage").stringValue()).isEqualTo("Polish");
        assertThat(rows.get(1).prop("name").stringValue()).isEqualTo("Eli Stone");
        assertThat(rows.get(1).prop("parentalResponsibility").boolValue()).isTrue();
        complete(TestStaff.ADMINISTRATOR, ava, "Task_InviteParticipants", householdInvitations("Ashby"));
        // Only Ava (10) is old enough to be invited; the invitations are the meeting's, once.
        List<Participant> invited = conferences.participants(conferenceOf(ava).getId());
        assertThat(invited.stream().filter(p -> p.getKind() == Participant.Kind.CHILD).map(Participant::getName))
                .containsExactly("Ava Ashby");
        assertThat(conferences.participants(conferenceOf(cal).getId())).hasSameSizeAs(invited);
        assertThat(invited.stream().filter(p -> p.getKind() == Participant.Kind.PARENT)
                .allMatch(p -> p.getPersonId() != null)).isTrue();
        complete(TestStaff.SOCIAL_WORKER, ava, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.CHAIR, ava, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ava, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));

        setToday(meetingDay);
        LocalDate review = meetingDay.plusMonths(3).minusDays(7);
        // A decision missing for one child refuses the whole record; nothing is stored.
        Map<String, Object> incomplete = householdRecord(meetingDay, review, List.of(
                row(ava, "CHILD_PROTECTION_PLAN", "EMOTIONAL_ABUSE"), row(ben, "CHILD_IN_NEED")));
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ava, "Task_HoldConference", incomplete))
                .hasMessageContaining("record a decision for each child: Cal Ashby");
        assertThat(conferenceOf(ava).getStatus()).isNotEqualTo(ConferenceStatus.HELD);
        // Ava scaled apart from her brothers, by the rows of child and invitee the form opens with.
        var childRows = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariable(task(ava, "Task_HoldConference")
                .getId(), "childScores")).elements();
        assertThat(childRows).as("a row for each child and each invitee").hasSize(3
                * conferences.participants(conferenceOf(ava).getId()).size());
        List<Map<String, Object>> scoredApart = new java.util.ArrayList<>();
        for (var shown : childRows) {
            Map<String, Object> scored = new java.util.LinkedHashMap<>(Map.of(
                    "child", shown.prop("child").stringValue(), "caseReference", shown.prop("caseReference").stringValue(),
                    "who", shown.prop("who").stringValue()));
            if (shown.prop("caseReference").stringValue().equals(ava)
                    && shown.prop("who").stringValue().equals("Dana Ashby")) {
                scored.put("score", 2);
            }
            scoredApart.add(scored);
        }
        Map<String, Object> decided = householdRecord(meetingDay, review, List.of(
                row(ava, "CHILD_PROTECTION_PLAN", "EMOTIONAL_ABUSE"), row(ben, "CHILD_IN_NEED"),
                row(cal, "NO_FURTHER_ACTION")));
        decided.put("childScores", uk.gov.childprotection.demo.Submissions.json(scoredApart));
        complete(TestStaff.CHAIR, ava, "Task_HoldConference", decided);
        assertThat(conferences.scaling(initialConferenceOf(ava).getId())).filteredOn(s -> s.isChildOnly())
                .extracting(s -> s.getParticipant() + " " + s.getScore()).containsExactly("Dana Ashby 2");
        refs.forEach(this::runAsyncJobs);
        refs.forEach(this::runAsyncJobs);

        // Each child's case went on from their own decision.
        assertThat(caseOf(ava).getStage()).isEqualTo(CaseStage.PLAN_IN_FORCE);
        assertThat(protectionPlans.findByCaseIdOrderByStartDateAsc(caseOf(ava).getId())).hasSize(1)
                .allSatisfy(p -> assertThat(p.getStartDate()).isEqualTo(meetingDay));
        assertThat(childInNeedPlans.findByCaseIdOrderByStartDateAsc(caseOf(ben).getId())).hasSize(1);
        assertThat(protectionPlans.findByCaseIdOrderByStartDateAsc(caseOf(ben).getId())).isEmpty();
        assertThat(caseOf(cal).getStage()).isEqualTo(CaseStage.CLOSED);

        // Each child's census items are their own: their own S47 start, ICPC target and date, categories.
        assertThat(initialConferenceOf(ava).getCategories()).extracting(Enum::name).containsExactly("EMOTIONAL_ABUSE");
        assertThat(initialConferenceOf(ben).getCategories()).isEmpty();
        assertThat(initialConferenceOf(cal).getDecision().name()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(initialConferenceOf(ben).getChildWishesAndFeelings()).contains(ben);
        for (String ref : refs) {
            assertThat(initialConferenceOf(ref).getHeldDate()).isEqualTo(meetingDay);
            assertThat(deadline(ref, DeadlineKind.ICPC_HELD).getMetDate()).isEqualTo(meetingDay);
        }
        assertThat(deadline(ben, DeadlineKind.ICPC_HELD).getDueDate()).isEqualTo(benDue);
        assertThat(deadline(ava, DeadlineKind.ICPC_HELD).getDueDate()).isEqualTo(avaDue);
        var avaCensus = summaries.summarise(ava).census();
        var benCensus = summaries.summarise(ben).census();
        assertThat(avaCensus.s47ActualStartDate()).isEqualTo(STRATEGY_DAY);
        assertThat(benCensus.s47ActualStartDate()).isEqualTo(STRATEGY_DAY.minusDays(3));
        assertThat(benCensus.initialCpcTarget()).isEqualTo(benDue);
        assertThat(avaCensus.initialCpcTarget()).isEqualTo(avaDue);
        assertThat(benCensus.dateOfInitialCpc()).isEqualTo(meetingDay);
        assertThat(summaries.summarise(ava).childProtectionPlans()).singleElement()
                .satisfies(p -> assertThat(p.startDate()).isEqualTo(meetingDay));
        assertThat(summaries.summarise(ben).childProtectionPlans()).isEmpty();

        // The letters: each parent's covers the children they hold parental responsibility for; Eli Stone
        // is Ava's step-parent without it, so his speak of Ben and Cal only. Ava's own speaks only of her.
        Long meeting = initialConferenceOf(ava).getId();
        Participant dana = participant(meeting, "Dana Ashby");
        Participant eli = participant(meeting, "Eli Stone");
        Participant avaInvited = participant(meeting, "Ava Ashby");
        assertThat(letter(DocumentType.INVITATION_FAMILY, dana))
                .contains("Ava Ashby, Ben Ashby and Cal Ashby", "whether Ava, Ben and Cal need a child protection plan");
        assertThat(letter(DocumentType.INVITATION_FAMILY, eli)).contains("Ben Ashby and Cal Ashby")
                .doesNotContain("Ava");
        assertThat(letter(DocumentType.INVITATION_FAMILY, avaInvited)).contains("Dear Ava,")
                .doesNotContain("Ben").doesNotContain("Cal");
        String record = Pdfs.text(documents.findByCaseIdOrderByDocumentTypeAscVersionAsc(caseOf(ava).getId())
                .stream().filter(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD && !d.isLargePrint())
                .reduce((a, b) -> b).orElseThrow().getContent()).replaceAll("\\s+", " ");
        assertThat(record).contains("Each child's decision", "Ava Ashby (" + ava + ")",
                "Ben Ashby (" + ben + ")", "Cal Ashby (" + cal + ")", "Category of the plan: Emotional abuse",
                "Decision: Child in Need plan", "Decision: No further action",
                "Wishes and feelings of " + ben);
        assertThat(letter(DocumentType.DECISION_LETTER, dana)).contains("Ava will have a child protection plan",
                "Ben does not need a child protection plan", "do not need to do anything more for Cal");
        assertThat(letter(DocumentType.DECISION_LETTER, eli)).contains("Ben does not need a child protection plan",
                "do not need to do anything more for Cal").doesNotContain("Ava");

        // A worker allocated to Cal alone lists and reads the household's record under Cal's case, and no more.
        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, put("/api/cases/" + cal + "/allocation")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"socialWorker\": \"" + TestStaff.OTHER_SOCIAL_WORKER + "\"}")))
                .andExpect(status().is2xxSuccessful());
        String listing = mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + cal + "/documents")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode listed = objectMapper.readTree(listing);
        String recordHref = null;
        for (JsonNode d : listed) {
            if (d.get("type").asText().equals("CONFERENCE_RECORD")) {
                recordHref = d.get("href").asText();
            }
        }
        assertThat(recordHref).isNotNull();
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get(recordHref))).andExpect(status().isOk());
        mvc.perform(signedIn(TestStaff.OTHER_SOCIAL_WORKER, get("/api/cases/" + ava + "/documents")))
                .andExpect(status().isForbidden());
    }

    private Participant participant(Long conferenceId, String name) {
        return conferences.participants(conferenceId).stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The text of the newest normal-print letter of that type to that participant. */
    private String letter(DocumentType type, Participant to) {
        return Pdfs.text(documents.findAll().stream()
                .filter(d -> d.getDocumentType() == type && to.getId().equals(d.getParticipantId()) && !d.isLargePrint())
                .reduce((a, b) -> b).orElseThrow().getContent()).replaceAll("\\s+", " ");
    }

    private StatutoryDeadline deadline(String ref, DeadlineKind kind) {
        return deadlines.findByCaseIdOrderByDueDateAscIdAsc(caseOf(ref).getId()).stream()
                .filter(d -> d.getKind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void siblingsOnPlansAreReviewedTogetherUntilOnePlanEnds() throws Exception {
        List<String> refs = referHousehold("Birch");
        String ava = refs.get(0), ben = refs.get(1), cal = refs.get(2);
        refs.forEach(ref -> toInitialConference(ref, STRATEGY_DAY));
        LocalDate meetingDay = deadline(ava, DeadlineKind.ICPC_HELD).getDueDate();
        complete(TestStaff.ADMINISTRATOR, ava, "Task_BookConference", booking(meetingDay, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ava, "Task_InviteParticipants", householdInvitations("Birch"));
        complete(TestStaff.SOCIAL_WORKER, ava, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.CHAIR, ava, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ava, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        setToday(meetingDay);
        LocalDate firstReview = meetingDay.plusMonths(3).minusDays(7);
        complete(TestStaff.CHAIR, ava, "Task_HoldConference", householdRecord(meetingDay, firstReview, List.of(
                row(ava, "CHILD_PROTECTION_PLAN", "NEGLECT"), row(ben, "CHILD_PROTECTION_PLAN", "NEGLECT"),
                row(cal, "CHILD_PROTECTION_PLAN", "NEGLECT", "PHYSICAL_ABUSE"))));
        refs.forEach(this::runAsyncJobs);
        refs.forEach(this::runAsyncJobs);
        for (String ref : refs) {
            assertThat(caseOf(ref).getStage()).isEqualTo(CaseStage.PLAN_IN_FORCE);
        }

        // One core group serves them. Their first meetings each set out the child's own SMART plan, so the first
        // cannot be recorded for all three at once; later meetings can, each child's actions kept as their own.
        LocalDate firstCoreGroup = today();
        Map<String, Object> joint = PlanWalk.meeting(firstCoreGroup, "Sam Worker, Dana Birch, Mrs P Green", "Joint",
                new PlanWalk.Action(null, "Ava goes to school every day", "Dana Birch", firstCoreGroup.plusWeeks(6),
                        "Attendance above 95%", "NOT_STARTED"));
        joint.put("sameMeetingForSiblings", true);
        assertThatThrownBy(() -> complete(TestStaff.SOCIAL_WORKER, ava, "Task_HoldCoreGroupMeeting", joint))
                .hasMessageContaining("sameMeetingForSiblings: Ben Birch's core group meeting cannot take this record")
                .hasMessageContaining("add at least one action");
        for (String ref : refs) {
            complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(firstCoreGroup,
                    "Sam Worker, Dana Birch", "First", new PlanWalk.Action(null, "Action for " + ref, "Dana Birch",
                            firstCoreGroup.plusWeeks(6), "Seen done", "NOT_STARTED")));
        }
        Map<String, Object> later = PlanWalk.meeting(firstCoreGroup, "Sam Worker, Dana Birch, Eli Stone",
                "Everyone agreed the plans are on track.");
        later.put("sameMeetingForSiblings", true);
        complete(TestStaff.SOCIAL_WORKER, ava, "Task_HoldCoreGroupMeeting", later);
        refs.forEach(this::runAsyncJobs);
        for (String ref : refs) {
            var plan = summaries.summarise(ref).childProtectionPlans().get(0);
            assertThat(plan.coreGroupMeetings()).hasSize(2);
            assertThat(plan.actions()).singleElement()
                    .satisfies(a -> assertThat(a.what()).isEqualTo("Action for " + ref));
        }

        // The three plans' first reviews are one meeting, booked once, due on the date set once for them.
        String host = hostOfReview(refs);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_BookConference")
                .processInstanceBusinessKeyIn(ava, ben, cal).count()).isEqualTo(1);
        for (String ref : refs) {
            assertThat(conferenceOf(ref).getDueDate()).isEqualTo(firstReview);
        }
        // Eli Stone is Ava's step-parent without parental responsibility: the Chair records why he is written to
        // about her too (she lives with him), and from then on his letters speak of her as well.
        Long familyId = caseOf(ava).getChild().getFamilyId();
        Long eliId = families.find(familyId, "Eli Stone").orElseThrow().getId();
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, put("/api/families/" + familyId + "/people/" + eliId
                        + "/children/" + ava + "/letters").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Ava lives with him\"}")))
                .andExpect(status().isForbidden());
        mvc.perform(signedIn(TestStaff.CHAIR, put("/api/families/" + familyId + "/people/" + eliId
                        + "/children/" + ava + "/letters").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Ava lives with him and he takes her to school every day.\"}")))
                .andExpect(status().isOk());
        Long firstReviewMeeting = conferenceOf(host).getId();
        holdReview(host, firstReview, List.of(row(ava, "CHILD_PROTECTION_PLAN", "NEGLECT"),
                row(ben, "CHILD_PROTECTION_PLAN", "NEGLECT"), row(cal, "CHILD_PROTECTION_PLAN", "NEGLECT")),
                firstReview.plusMonths(6).minusDays(7), refs);

        assertThat(letter(DocumentType.INVITATION_FAMILY, participant(firstReviewMeeting, "Eli Stone")))
                .contains("Ava Birch, Ben Birch and Cal Birch");

        // At the second review Ben's plan ends; Ava's and Cal's go on, to a review of their own two.
        LocalDate secondReview = firstReview.plusMonths(6).minusDays(7);
        host = hostOfReview(refs);
        Map<String, Object> benEnds = row(ben, "CHILD_IN_NEED");
        holdReview(host, secondReview, List.of(row(ava, "CHILD_PROTECTION_PLAN", "NEGLECT"), benEnds,
                row(cal, "CHILD_PROTECTION_PLAN", "NEGLECT")), secondReview.plusMonths(6).minusDays(7), refs);

        ChildProtectionPlan bensPlan = protectionPlans.findByCaseIdOrderByStartDateAsc(caseOf(ben).getId()).get(0);
        assertThat(bensPlan.getEndDate()).isEqualTo(secondReview);
        assertThat(protectionPlans.findByCaseIdOrderByStartDateAsc(caseOf(ava).getId()).get(0).getEndDate()).isNull();
        assertThat(protectionPlans.findByCaseIdOrderByStartDateAsc(caseOf(cal).getId()).get(0).getEndDate()).isNull();
        // Ben has no review convened; Ava and Cal share their third.
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ben)
                .processDefinitionKey("child-protection-plan").count()).isZero();
        Conference third = conferenceOf(ava);
        assertThat(third.getConferenceType().name()).isEqualTo("REVIEW");
        assertThat(third.getStatus()).isEqualTo(ConferenceStatus.TO_BE_BOOKED);
        assertThat(conferences.casesOfMeeting(third.getId())).extracting(ChildProtectionCase::getReference)
                .containsExactlyInAnyOrder(ava, cal);

        // The child whose conference holds the meeting leaves the UK: their plan ends, and the meeting passes to
        // the brother or sister still waiting, whose conference books it again.
        String holder = hostOfReview(List.of(ava, cal));
        String other = holder.equals(ava) ? cal : ava;
        endings.report(holder, uk.gov.childprotection.plan.CaseEvent.Kind.LEFT_UK, today(), "Moved to Spain", null);
        List.of(ava, cal).forEach(this::runAsyncJobs);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(other).taskDefinitionKey("Task_BookConference")
                .count()).isEqualTo(1);
        assertThat(conferenceOf(other).getHeldWithId()).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(holder)
                .processDefinitionKey("child-protection-conference").count()).isZero();
    }

    @Test
    void oneStrategyDiscussionIsRecordedOnEachChildsCaseAndEachEnquiryHasItsOwnOutcome() throws Exception {
        List<String> refs = referHousehold("Clay");
        String ava = refs.get(0), ben = refs.get(1), cal = refs.get(2);
        Map<String, Object> once = strategyDiscussion(STRATEGY_DAY, "SECTION_47");
        once.put("sameForSiblings", true);
        complete(TestStaff.SOCIAL_WORKER, ava, "Task_RecordStrategyDiscussion", once);
        refs.forEach(this::runAsyncJobs);
        for (String ref : refs) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref)
                    .taskDefinitionKey("Task_RecordStrategyDiscussion").count()).as(ref).isZero();
            assertThat(summaries.summarise(ref).strategyDiscussion().date()).isEqualTo(STRATEGY_DAY);
            assertThat(summaries.summarise(ref).census().s47ActualStartDate()).isEqualTo(STRATEGY_DAY);
        }
        // Each child's enquiry ends in their own outcome.
        complete(TestStaff.SOCIAL_WORKER, ava, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, today(), "CONVENE_ICPC"));
        complete(TestStaff.SOCIAL_WORKER, ben, "Task_RecordSection47Findings",
                section47Findings(STRATEGY_DAY, today(), "NOT_SUBSTANTIATED"));
        assertThat(summaries.summarise(ava).section47Enquiry().outcome()).isEqualTo("CONVENE_ICPC");
        assertThat(summaries.summarise(ben).section47Enquiry().outcome()).isEqualTo("NOT_SUBSTANTIATED");
        assertThat(summaries.summarise(cal).section47Enquiry().outcome()).isNull();
    }

    @Test
    void aChildReferredLaterJoinsTheBrothersAndSistersNextReview() throws Exception {
        List<String> refs = new ArrayList<>(referHousehold("Dale"));
        String ava = refs.get(0), ben = refs.get(1), cal = refs.get(2);
        refs.forEach(ref -> toInitialConference(ref, STRATEGY_DAY));
        LocalDate meetingDay = deadline(ava, DeadlineKind.ICPC_HELD).getDueDate();
        LocalDate review = meetingDay.plusMonths(3).minusDays(7);
        holdMeeting(ava, meetingDay, review, List.of(row(ava, "CHILD_PROTECTION_PLAN", "NEGLECT"),
                row(ben, "CHILD_PROTECTION_PLAN", "NEGLECT"), row(cal, "NO_FURTHER_ACTION")), refs, "Dale");
        // Cal is referred again a month later; his own initial conference puts him on a plan too.
        LocalDate later = meetingDay.plusMonths(1);
        setToday(later);
        String again = mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, post("/api/cases")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"child": {"givenName": "Cal", "familyName": "Dale", "dateOfBirth": "2026-07-01",
                                           "gender": "MALE"},
                                 "referralDate": "%s", "referralSource": "HEALTH", "concerns": "Bruising on the baby.",
                                 "socialWorker": "%s", "teamManager": "%s"}""".formatted(later,
                                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String calAgain = objectMapper.readTree(again).get("reference").asText();
        toInitialConference(calAgain, later);
        LocalDate calsDay = deadline(calAgain, DeadlineKind.ICPC_HELD).getDueDate();
        holdMeeting(calAgain, calsDay, calsDay.plusMonths(3).minusDays(7),
                List.of(row(calAgain, "CHILD_PROTECTION_PLAN", "PHYSICAL_ABUSE")), List.of(calAgain), "Dale");
        runAsyncJobs(calAgain);
        // His first review joins Ava's and Ben's, not yet invited: one meeting, due by the earliest date.
        Conference calsReview = conferenceOf(calAgain);
        assertThat(calsReview.getConferenceType().name()).isEqualTo("REVIEW");
        assertThat(conferences.casesOfMeeting(calsReview.getId())).extracting(ChildProtectionCase::getReference)
                .containsExactlyInAnyOrder(ava, ben, calAgain);
        assertThat(conferences.meetingDueDate(calsReview.getId())).isEqualTo(review);
    }

    /** Prepares the household's booked meeting and holds it with these rows. */
    private void holdMeeting(String host, LocalDate day, LocalDate review, List<Map<String, Object>> rows,
            List<String> refs, String familyName) {
        complete(TestStaff.ADMINISTRATOR, host, "Task_BookConference", booking(day, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, host, "Task_InviteParticipants", householdInvitations(familyName));
        complete(TestStaff.SOCIAL_WORKER, host, "Task_ShareSocialWorkerReport", reportShared(today()));
        complete(TestStaff.CHAIR, host, "Task_ContactParents", chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, host, "Task_RecordAgencyReports", agencyReports("POLICE", "SCHOOL"));
        setToday(day);
        complete(TestStaff.CHAIR, host, "Task_HoldConference", householdRecord(day, review, rows));
        for (int round = 0; round < 3; round++) {
            refs.forEach(this::runAsyncJobs);
        }
    }

    @Test
    void brotherAndSisterArrivingOnPlansFromAnotherCouncilHaveOneTransferInConference() throws Exception {
        List<String> refs = refer("""
                {"referralDate": "2026-12-07", "referralSource": "LOCAL_AUTHORITY",
                 "concerns": "Both children are on child protection plans in Derby; the family has moved here.",
                 "socialWorker": "%s", "teamManager": "%s",
                 "transferIn": {"fromCouncil": "Derby City Council", "notifiedDate": "2026-12-07"},
                 "children": [
                   {"givenName": "Lia", "familyName": "Thorne", "dateOfBirth": "2014-06-01", "gender": "FEMALE"},
                   {"givenName": "Max", "familyName": "Thorne", "dateOfBirth": "2017-09-09", "gender": "MALE"}],
                 "people": [{"name": "Dana Thorne", "children": [
                   {"child": 1, "relationship": "MOTHER", "parentalResponsibility": true},
                   {"child": 2, "relationship": "MOTHER", "parentalResponsibility": true}]},
                   {"name": "Eli Stone", "children": [
                   {"child": 1, "relationship": "FATHER", "parentalResponsibility": true},
                   {"child": 2, "relationship": "FATHER", "parentalResponsibility": true}]}]}
                """.formatted(TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER));
        refs.forEach(this::runAsyncJobs);
        String lia = refs.get(0), max = refs.get(1);
        assertThat(caseOf(lia).getStage()).isEqualTo(CaseStage.TRANSFER_IN_CONFERENCE);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_BookConference")
                .processInstanceBusinessKeyIn(lia, max).count()).isEqualTo(1);
        assertThat(conferenceOf(max).getHeldWithId()).isEqualTo(conferenceOf(lia).getId());
        assertThat(conferenceOf(max).getConferenceType().name()).isEqualTo("TRANSFER_IN");

        LocalDate day = deadline(lia, DeadlineKind.TRANSFER_IN_CONFERENCE).getDueDate();
        holdMeeting(lia, day, day.plusMonths(3).minusDays(7), List.of(row(lia, "CHILD_PROTECTION_PLAN", "NEGLECT"),
                row(max, "CHILD_PROTECTION_PLAN", "NEGLECT")), refs, "Thorne");
        for (String ref : refs) {
            assertThat(caseOf(ref).getStage()).isEqualTo(CaseStage.PLAN_IN_FORCE);
            assertThat(deadline(ref, DeadlineKind.TRANSFER_IN_CONFERENCE).getMetDate()).isEqualTo(day);
        }
    }

    @Test
    void anUnbornSiblingIsDecidedAtTheFamilysConference() throws Exception {
        LocalDate due = STRATEGY_DAY.plusWeeks(10);
        List<String> refs = refer("""
                {"referralDate": "2026-12-07", "referralSource": "HEALTH",
                 "concerns": "The midwife is worried for the baby due in February; the older child is often absent.",
                 "socialWorker": "%s", "teamManager": "%s",
                 "children": [
                   {"givenName": "Noa", "familyName": "Vale", "dateOfBirth": "2019-02-02", "gender": "FEMALE"},
                   {"givenName": "Baby", "familyName": "Vale", "expectedDateOfDelivery": "%s",
                    "gender": "NOT_KNOWN"}],
                 "people": [{"name": "Dana Vale", "children": [
                   {"child": 1, "relationship": "MOTHER", "parentalResponsibility": true},
                   {"child": 2, "relationship": "MOTHER", "parentalResponsibility": true}]}]}
                """.formatted(TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, due));
        String noa = refs.get(0), baby = refs.get(1);
        toInitialConference(noa, STRATEGY_DAY);
        toInitialConference(baby, STRATEGY_DAY);
        assertThat(conferenceOf(baby).getHeldWithId()).isEqualTo(conferenceOf(noa).getId());
        LocalDate day = deadline(noa, DeadlineKind.ICPC_HELD).getDueDate();
        holdMeeting(noa, day, day.plusMonths(3).minusDays(7), List.of(row(noa, "CHILD_IN_NEED"),
                row(baby, "CHILD_PROTECTION_PLAN", "NEGLECT")), refs, "Vale");
        assertThat(caseOf(baby).getStage()).isEqualTo(CaseStage.PLAN_IN_FORCE);
        assertThat(caseOf(baby).getChild().isUnborn()).isTrue();
        assertThat(caseOf(noa).getStage()).isEqualTo(CaseStage.CHILD_IN_NEED);
    }

    /** The child whose review conference holds the household's meeting (the others wait for it). */
    private String hostOfReview(List<String> refs) {
        return refs.stream().filter(ref -> tasks.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_BookConference").count() == 1).findFirst().orElseThrow();
    }

    private void holdReview(String host, LocalDate day, List<Map<String, Object>> rows, LocalDate next,
            List<String> refs) {
        holdMeeting(host, day, next, rows, refs, "Birch");
    }
}
