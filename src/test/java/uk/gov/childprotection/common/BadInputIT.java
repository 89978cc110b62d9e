package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.strategyDiscussion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The bad-input set: every field of every request the API takes and of every user task's form, sent wrong in
 * type, shape, length or value, through the real HTTP stack (/api and /engine-rest). Each answer is a 4xx whose
 * body names the field; afterwards every domain table holds the rows it held before and every task is still
 * open. The requests are generated from the deployed forms themselves and from each API field's kind.
 */
// The same context as the security ITs (/engine-rest serves the engine called "default"): a second context with
// an engine of that name would take /engine-rest from theirs.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class BadInputIT extends ProcessTestSupport {

    /** A text longer than any column: the 1 MB text of the issue. */
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final List<String> BAD_DATES = List.of("2026-12-01T25:00", "+999999999-12-31", "31/12/2026",
            "2026-02-30", "1899-12-31", "tomorrow");

    @Autowired TestRestTemplate http;
    @Autowired ChildCaseService cases;
    @Autowired PlanEndingService endings;
    @Autowired JdbcTemplate jdbc;
    @Autowired uk.gov.childprotection.conference.ConferenceService conferenceService;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private static int children;
    /** The case whose conference is booked, a supporter asked for: the supporter endpoint is tried on it. */
    private String supporterCase;
    /** The case with a plan in force that the event endpoints are tried on. */
    private String planCase;

    /** One request of the set and what its answer must name. */
    record Bad(String what, HttpMethod method, String path, String user, String body, String field) {
    }

    private String newCase(String name, LocalDate born) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(name, "Input" + (children++), born,
                Gender.FEMALE, null, null), STRATEGY_DAY, ReferralSource.HEALTH, "Concerns", List.of(),
                TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null)).getReference();
    }

    private String newCase(String name) {
        return newCase(name, LocalDate.of(2016, 5, 5));
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, TestStaff.password(user)).exchange(path, method,
                new HttpEntity<>(body, headers), String.class);
    }

    /** Rows of every domain table (the engine's own tables and Flyway's aside). */
    private Map<String, Long> domainRows() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE lower(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')", String.class)) {
            String name = table.toLowerCase();
            if (!name.startsWith("act_") && !name.startsWith("flyway")) {
                rows.put(name, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
        }
        return rows;
    }

    /** The member of staff who works a task: its assignee, or a test user of its candidate group. */
    private String worker(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null) {
                return switch (link.getGroupId()) {
                    case Roles.CONFERENCE_ADMINISTRATORS -> TestStaff.ADMINISTRATOR;
                    case Roles.CHAIRS -> TestStaff.CHAIR;
                    case Roles.TEAM_MANAGERS -> TestStaff.TEAM_MANAGER;
                    case Roles.SERVICE_MANAGERS -> TestStaff.SERVICE_MANAGER;
                    default -> TestStaff.SOCIAL_WORKER;
                };
            }
        }
        return TestStaff.SOCIAL_WORKER;
    }

    /** A live task of every kind, found by walking cases as Tasklist would. */
    private Map<String, Task> liveTasks() {
        Map<String, Task> live = new LinkedHashMap<>();
        Consumer<String> collect = ref -> tasks.createTaskQuery().processInstanceBusinessKey(ref).list()
                .forEach(task -> live.putIfAbsent(task.getTaskDefinitionKey(), task));

        collect.accept(newCase("Strat"));
        String findings = newCase("Find");
        complete(TestStaff.SOCIAL_WORKER, findings, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        collect.accept(findings);
        String authorise = newCase("Auth");
        complete(TestStaff.SOCIAL_WORKER, authorise, "Task_RecordStrategyDiscussion",
                strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
        complete(TestStaff.SOCIAL_WORKER, authorise, "Task_RecordSection47Findings",
                uk.gov.childprotection.demo.Submissions.section47Findings(STRATEGY_DAY, STRATEGY_DAY, "CONVENE_ICPC"));
        collect.accept(authorise);

        String book = newCase("Book");
        ConferenceWalk.toInitialConference(this, book, STRATEGY_DAY);
        collect.accept(book);
        String invite = newCase("Invite");
        ConferenceWalk.toInitialConference(this, invite, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, invite, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        collect.accept(invite);
        String prepare = newCase("Prepare");
        ConferenceWalk.toInitialConference(this, prepare, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, prepare, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, prepare, "Task_InviteParticipants",
                uk.gov.childprotection.demo.Submissions.invitations("POLICE", "SCHOOL", "GP"));
        collect.accept(prepare);
        String hold = newCase("Hold");
        ConferenceWalk.toInitialConference(this, hold, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, hold, LocalDate.of(2026, 12, 21));
        collect.accept(hold);

        // A plan in force: core group, visit, the copies to post, the review's booking; then a missed visit.
        String plan = newCase("Plan");
        planCase = plan;
        ConferenceWalk.toPlan(this, plan, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        collect.accept(plan);
        setToday(LocalDate.of(2027, 1, 8));
        fireDueTimers(plan);
        collect.accept(plan);
        endings.report(plan, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, LocalDate.of(2027, 1, 8), "Derby City Council",
                TestStaff.SOCIAL_WORKER);
        runAsyncJobs(plan);
        collect.accept(plan);

        // The ICPC missed while the conference is being arranged.
        fireDueTimers(book);
        collect.accept(book);

        setToday(STRATEGY_DAY);
        String died = newCase("Died");
        ConferenceWalk.toPlan(this, died, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        setToday(LocalDate.of(2026, 12, 22));
        endings.report(died, CaseEvent.Kind.CHILD_DIED, LocalDate.of(2026, 12, 22), "Died in hospital.",
                TestStaff.SOCIAL_WORKER);
        runAsyncJobs(died);
        collect.accept(died);

        setToday(STRATEGY_DAY);
        String eighteen = newCase("Eighteen", LocalDate.of(2009, 3, 10));
        ConferenceWalk.toPlan(this, eighteen, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        setToday(LocalDate.of(2027, 1, 28));
        fireDueTimers(eighteen);
        collect.accept(eighteen);

        setToday(STRATEGY_DAY);
        String legal = newCase("Legal");
        ConferenceWalk.toPlan(this, legal, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        postCopies(legal);
        setToday(LocalDate.of(2027, 3, 8));
        Map<String, Object> review = conferenceRecord(LocalDate.of(2027, 3, 16), "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 9, 15), "NEGLECT");
        review.put("seekLegalAdvice", true);
        review.put("legalAdviceReason", "No progress with the plan.");
        ConferenceWalk.bookAndPrepare(this, legal, LocalDate.of(2027, 3, 16));
        setToday(LocalDate.of(2027, 3, 16));
        complete(TestStaff.CHAIR, legal, "Task_HoldConference", review);
        collect.accept(legal);
        // Only the tasks still open at the end of the walk (a later step may have completed one).
        live.values().removeIf(task -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        return live;
    }

    /** A case whose record reached the parents: the amendment requests, and the Chair's decision on one. */
    private String amendmentCase(Map<String, Task> live) {
        setToday(STRATEGY_DAY);
        String ref = newCase("Amend");
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 3, 19));
        postCopies(ref);
        setToday(LocalDate.of(2026, 12, 23));
        ResponseEntity<String> requested = send(TestStaff.ADMINISTRATOR, HttpMethod.POST, "/api/cases/" + ref
                + "/amendment-requests", "{\"parentName\": \"Alex Example\", \"receivedDate\": \"2026-12-23\","
                + " \"requestedChanges\": \"The record says I refused the nursery place.\"}");
        assertThat(requested.getStatusCode().value()).as(requested.getBody()).isEqualTo(201);
        live.putIfAbsent("Task_DecideAmendment", task(ref, "Task_DecideAmendment"));
        complaintTasks(ref, live);
        recordingTasks(ref, live);
        return ref;
    }

    /**
     * A live task of each step of a parent's complaint, on the same case: each complaint is taken to its step
     * before the next is raised, so only one task of each kind is open when it is completed.
     */
    private void complaintTasks(String ref, Map<String, Task> live) {
        String formal = "{\"parentName\": \"Alex Example\", \"raisedOn\": \"2026-12-23\", \"concern\": \"Unfair.\","
                + " \"beganAs\": \"FORMAL_COMPLAINT\"}";
        String disagreement = formal.replace("FORMAL_COMPLAINT", "DISAGREEMENT");
        Map<String, Object> complaint = Map.of("complaintReceivedDate", "2026-12-23", "complaintMadeTo", "CHAIR",
                "complaintAbout", "CONFERENCE", "complaintText", "Unfair.");
        Map<String, Object> panel = Map.of("panelDate", "2026-12-23", "panelHealth", "Dr A", "panelPolice", "DI B",
                "panelEducation", "Ms C", "panelSocialCare", "Mr D", "panelFindings", "Heard.",
                "panelRecommendation", "RECONSIDER");
        raiseComplaint(ref, formal);
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", complaint);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordComplaintPanel", panel);
        live.putIfAbsent("Task_ArrangeReconsideration", task(ref, "Task_ArrangeReconsideration"));
        raiseComplaint(ref, formal);
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", complaint);
        live.putIfAbsent("Task_RecordComplaintPanel", task(ref, "Task_RecordComplaintPanel"));
        raiseComplaint(ref, disagreement);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_TalkWithParent", Map.of("conversationDate", "2026-12-23",
                "conversationNotes", "Talked.", "conversationOutcome", "STILL_UNHAPPY"));
        live.putIfAbsent("Task_HoldInformalMeeting", task(ref, "Task_HoldInformalMeeting"));
        raiseComplaint(ref, disagreement);
        live.putIfAbsent("Task_TalkWithParent", task(ref, "Task_TalkWithParent"));
        raiseComplaint(ref, formal);
        live.putIfAbsent("Task_RecordFormalComplaint", task(ref, "Task_RecordFormalComplaint"));
    }

    /** A live task of each step of a request for the recording: one agreed and waiting for its release, one new. */
    private void recordingTasks(String ref, Map<String, Task> live) {
        String conferenceId = String.valueOf(conferencesOf(ref));
        ResponseEntity<String> kept = send(TestStaff.ADMINISTRATOR, HttpMethod.POST, "/api/cases/" + ref
                + "/recordings", "{\"conferenceId\": " + conferenceId + ", \"storeReference\": \"qa-store://1\","
                + " \"sha256\": \"" + "a".repeat(64) + "\"}");
        assertThat(kept.getStatusCode().value()).as(kept.getBody()).isEqualTo(201);
        String asked = "{\"parentName\": \"Alex Example\", \"requestedOn\": \"2026-12-23\"}";
        ResponseEntity<String> first = send(TestStaff.ADMINISTRATOR, HttpMethod.POST, "/api/cases/" + ref
                + "/recording-requests", asked);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        complete(TestStaff.SERVICE_MANAGER, ref, "Task_DecideAudioRequest", Map.of("audioDecision", "RELEASE",
                "audioDecisionReason", "Yours."));
        live.putIfAbsent("Task_RecordAudioRelease", task(ref, "Task_RecordAudioRelease"));
        ResponseEntity<String> second = send(TestStaff.ADMINISTRATOR, HttpMethod.POST, "/api/cases/" + ref
                + "/recording-requests", asked);
        assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(201);
        live.putIfAbsent("Task_DecideAudioRequest", task(ref, "Task_DecideAudioRequest"));
    }

    private Long conferencesOf(String ref) {
        return conferenceService.findLatestDecided(cases.get(ref).getId()).orElseThrow().getId();
    }

    /** A case whose conference is booked and its invitations out: a parent's supporter for the Chair to decide. */
    private String supporterCase(Map<String, Task> live) {
        setToday(STRATEGY_DAY);
        String ref = newCase("Support", LocalDate.of(2016, 2, 2));
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(LocalDate.of(2026, 12, 21), TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants",
                uk.gov.childprotection.demo.Submissions.invitations("POLICE", "SCHOOL", "GP"));
        ResponseEntity<String> asked = send(TestStaff.SOCIAL_WORKER, HttpMethod.POST, "/api/cases/" + ref
                + "/supporter-requests", supporterRequest(ref));
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(201);
        live.putIfAbsent("Task_DecideSupporter", task(ref, "Task_DecideSupporter"));
        return ref;
    }

    private String supporterRequest(String ref) {
        return "{\"conferenceId\": " + conferenceService.ofCase(cases.get(ref).getId()).get(0).getId()
                + ", \"parentName\": \"Alex Example\", \"supporterName\": \"Sam Friend\","
                + " \"role\": \"FRIEND_OR_RELATIVE\", \"requestedOn\": \"2026-12-07\"}";
    }

    private void raiseComplaint(String ref, String body) {
        ResponseEntity<String> raised = send(TestStaff.SOCIAL_WORKER, HttpMethod.POST, "/api/cases/" + ref
                + "/complaints", body);
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(201);
    }

    // ---- the API -------------------------------------------------------------------------------------------

    private static final String REFERRAL = """
            {"child": {"givenName": "Uma", "familyName": "Example", "dateOfBirth": "2025-09-01", "gender": "FEMALE",
                       "address": "1 Example Road", "firstLanguage": "English"},
             "referralDate": "2026-12-04", "referralSource": "HEALTH", "concerns": "Worried about the baby.",
             "circumstances": ["PARENTAL_SUBSTANCE_MISUSE"], "socialWorker": "test.worker",
             "teamManager": "test.manager"}""";

    /** Values wrong for a field of that kind (JSON text of each). */
    private List<String> wrongFor(String kind, int maxLength) {
        List<String> values = new ArrayList<>();
        switch (kind) {
            case "text" -> {
                values.addAll(List.of("12", "12.5", "true", "[\"a\"]", "{\"a\": 1}"));
                values.add(quote("y".repeat(maxLength + 1)));
                values.add(quote(MEGABYTE));
            }
            case "requiredText" -> {
                values.addAll(wrongFor("text", maxLength));
                values.addAll(List.of("null", "\"\"", "\"   \""));
            }
            case "date" -> {
                BAD_DATES.forEach(date -> values.add(quote(date)));
                values.addAll(List.of("20261201", "true", "[2026, 12, 1]", "{\"date\": \"2026-12-01\"}"));
            }
            case "requiredDate" -> {
                values.addAll(wrongFor("date", 0));
                values.add("null");
            }
            case "enum" -> values.addAll(List.of("1", "0", "\"NOT_A_CHOICE\"", "\"female\"", "true",
                    "[\"FEMALE\"]", "{}"));
            case "requiredEnum" -> {
                values.addAll(wrongFor("enum", 0));
                values.add("null");
            }
            case "id" -> values.addAll(List.of("\"12\"", "1.5", "true", "[1]", "{}", "\"x\""));
            default -> throw new IllegalArgumentException(kind);
        }
        return values;
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** The body with the value at the dotted path replaced (the JSON text of the new value). */
    private String with(String body, String path, String value) throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(body);
        String[] parts = path.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (ObjectNode) at.get(parts[i]);
        }
        at.set(parts[parts.length - 1], json.readTree(value));
        return json.writeValueAsString(root);
    }

    private void apiField(List<Bad> set, String what, HttpMethod method, String path, String user, String body,
            String field, String kind, int maxLength) throws Exception {
        for (String value : wrongFor(kind, maxLength)) {
            set.add(new Bad(what + " " + field + "=" + abbreviated(value), method, path, user,
                    with(body, field, value), field));
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "...(" + value.length() + ")" : value;
    }

    private void apiBodies(List<Bad> set, String what, HttpMethod method, String path, String user) {
        for (String body : List.of("null", "[]", "\"text\"", "12", "{", "{} []", "")) {
            set.add(new Bad(what + " body " + abbreviated(body), method, path, user, body, "body"));
        }
    }

    private List<Bad> apiRequests(String planCase, String amendmentCase) throws Exception {
        List<Bad> set = new ArrayList<>();
        String worker = TestStaff.SOCIAL_WORKER;
        apiBodies(set, "POST /api/cases", HttpMethod.POST, "/api/cases", worker);
        for (var field : List.of(new Object[] {"child.givenName", "requiredText", 100},
                new Object[] {"child.familyName", "requiredText", 100},
                new Object[] {"child.dateOfBirth", "date", 0},
                new Object[] {"child.gender", "requiredEnum", 0},
                new Object[] {"child.address", "text", 300},
                new Object[] {"child.firstLanguage", "text", 60},
                new Object[] {"referralDate", "requiredDate", 0},
                new Object[] {"referralSource", "requiredEnum", 0},
                new Object[] {"concerns", "requiredText", 4000},
                new Object[] {"socialWorker", "text", 64},
                new Object[] {"teamManager", "text", 64})) {
            apiField(set, "POST /api/cases", HttpMethod.POST, "/api/cases", worker, REFERRAL, (String) field[0],
                    (String) field[1], (Integer) field[2]);
        }
        for (String circumstances : List.of("[0, 3]", "[null]", "\"PARENTAL_SUBSTANCE_MISUSE\"", "[\"NOPE\"]", "3",
                "{}", "[[\"PARENTAL_SUBSTANCE_MISUSE\"]]")) {
            set.add(new Bad("POST /api/cases circumstances=" + circumstances, HttpMethod.POST, "/api/cases", worker,
                    with(REFERRAL, "circumstances", circumstances), "circumstances"));
        }
        for (String transfer : List.of("\"Derby\"", "[]", "{\"fromCouncil\": 12, \"notifiedDate\": \"2026-12-01\"}",
                "{\"fromCouncil\": \"Derby\", \"notifiedDate\": \"2026-12-01T25:00\"}",
                "{\"fromCouncil\": \"Derby\", \"notifiedDate\": \"+999999999-12-31\"}")) {
            set.add(new Bad("POST /api/cases transferIn=" + transfer, HttpMethod.POST, "/api/cases", worker,
                    with(REFERRAL, "transferIn", transfer), "transferIn"));
        }
        set.add(new Bad("POST /api/cases unknown field", HttpMethod.POST, "/api/cases", worker,
                with(REFERRAL, "priority", "\"high\""), "priority"));
        set.add(new Bad("POST /api/cases a field twice", HttpMethod.POST, "/api/cases", worker,
                REFERRAL.replace("\"concerns\":", "\"concerns\": \"Once\", \"concerns\":"), "concerns"));

        String base = "/api/cases/" + planCase;
        String dated = "{\"date\": \"2027-01-08\", \"details\": \"Details\"}";
        for (String event : List.of("/death", "/left-uk", "/transfer-in-conference-held")) {
            apiBodies(set, "POST " + event, HttpMethod.POST, base + event, worker);
            apiField(set, "POST " + event, HttpMethod.POST, base + event, worker, dated, "date", "requiredDate", 0);
            apiField(set, "POST " + event, HttpMethod.POST, base + event, worker, dated, "details", "text", 2000);
        }
        String move = "{\"receivingCouncil\": \"Derby City Council\", \"notifiedDate\": \"2027-01-08\"}";
        apiBodies(set, "POST /move", HttpMethod.POST, base + "/move-to-another-council", worker);
        apiField(set, "POST /move", HttpMethod.POST, base + "/move-to-another-council", worker, move,
                "receivingCouncil", "requiredText", 200);
        apiField(set, "POST /move", HttpMethod.POST, base + "/move-to-another-council", worker, move,
                "notifiedDate", "requiredDate", 0);
        String birth = "{\"dateOfBirth\": \"2027-01-08\", \"givenName\": \"Ivy\", \"gender\": \"FEMALE\"}";
        apiBodies(set, "POST /birth", HttpMethod.POST, base + "/birth", worker);
        apiField(set, "POST /birth", HttpMethod.POST, base + "/birth", worker, birth, "dateOfBirth",
                "requiredDate", 0);
        apiField(set, "POST /birth", HttpMethod.POST, base + "/birth", worker, birth, "givenName", "text", 100);
        apiField(set, "POST /birth", HttpMethod.POST, base + "/birth", worker, birth, "gender", "enum", 0);

        String amendments = "/api/cases/" + amendmentCase + "/amendment-requests";
        String request = "{\"parentName\": \"Alex Example\", \"receivedDate\": \"2026-12-23\","
                + " \"requestedChanges\": \"Please change it.\"}";
        String admin = TestStaff.ADMINISTRATOR;
        apiBodies(set, "POST amendment", HttpMethod.POST, amendments, admin);
        apiField(set, "POST amendment", HttpMethod.POST, amendments, admin, request, "parentName", "requiredText",
                300);
        apiField(set, "POST amendment", HttpMethod.POST, amendments, admin, request, "receivedDate", "requiredDate",
                0);
        apiField(set, "POST amendment", HttpMethod.POST, amendments, admin, request, "requestedChanges",
                "requiredText", 8000);
        apiField(set, "POST amendment", HttpMethod.POST, amendments, admin, request, "conferenceId", "id", 0);

        String complaints = "/api/cases/" + amendmentCase + "/complaints";
        String raised = "{\"parentName\": \"Alex Example\", \"raisedOn\": \"2026-12-23\", \"concern\": \"Unfair.\"}";
        apiBodies(set, "POST complaint", HttpMethod.POST, complaints, worker);
        apiField(set, "POST complaint", HttpMethod.POST, complaints, worker, raised, "parentName", "requiredText", 300);
        apiField(set, "POST complaint", HttpMethod.POST, complaints, worker, raised, "raisedOn", "requiredDate", 0);
        apiField(set, "POST complaint", HttpMethod.POST, complaints, worker, raised, "concern", "requiredText", 8000);
        apiField(set, "POST complaint", HttpMethod.POST, complaints, worker, raised, "conferenceId", "id", 0);
        apiField(set, "POST complaint", HttpMethod.POST, complaints, worker, raised, "beganAs", "enum", 0);

        String recordingRequests = "/api/cases/" + amendmentCase + "/recording-requests";
        String asked = "{\"parentName\": \"Alex Example\", \"requestedOn\": \"2026-12-23\", \"reason\": \"Mine.\"}";
        apiBodies(set, "POST recording request", HttpMethod.POST, recordingRequests, admin);
        apiField(set, "POST recording request", HttpMethod.POST, recordingRequests, admin, asked, "parentName",
                "requiredText", 300);
        apiField(set, "POST recording request", HttpMethod.POST, recordingRequests, admin, asked, "requestedOn",
                "requiredDate", 0);
        apiField(set, "POST recording request", HttpMethod.POST, recordingRequests, admin, asked, "reason", "text",
                4000);
        apiField(set, "POST recording request", HttpMethod.POST, recordingRequests, admin, asked, "conferenceId",
                "id", 0);
        String rearrangements = "/api/cases/" + amendmentCase + "/conferences/" + conferencesOf(amendmentCase)
                + "/rearrangements";
        String moved = "{\"conferenceDate\": \"2027-01-11\", \"conferenceTime\": \"10:00\", \"venue\": \"Room 3\","
                + " \"reason\": \"The Chair is ill.\", \"askedBy\": \"CHAIR\"}";
        apiBodies(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin);
        apiField(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin, moved, "conferenceDate",
                "requiredDate", 0);
        apiField(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin, moved, "conferenceTime",
                "requiredText", 5);
        apiField(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin, moved, "reason",
                "requiredText", 4000);
        apiField(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin, moved, "askedBy",
                "requiredEnum", 0);
        apiField(set, "POST rearrangement", HttpMethod.POST, rearrangements, admin, moved, "venue", "text", 300);
        String childViews = rearrangements.replace("rearrangements", "child-views");
        String given = "{\"receivedOn\": \"2026-12-23\", \"how\": \"MY_CONFERENCE_PACK\", \"views\": \"Mine.\","
                + " \"advocateName\": \"Priya Shah\", \"advocateMetOn\": \"2026-12-22\"}";
        apiBodies(set, "POST child views", HttpMethod.POST, childViews, worker);
        apiField(set, "POST child views", HttpMethod.POST, childViews, worker, given, "receivedOn", "requiredDate", 0);
        apiField(set, "POST child views", HttpMethod.POST, childViews, worker, given, "how", "requiredEnum", 0);
        apiField(set, "POST child views", HttpMethod.POST, childViews, worker, given, "views", "requiredText", 8000);
        apiField(set, "POST child views", HttpMethod.POST, childViews, worker, given, "advocateName", "text", 300);
        apiField(set, "POST child views", HttpMethod.POST, childViews, worker, given, "advocateMetOn", "date", 0);
        String supporters = "/api/cases/" + supporterCase + "/supporter-requests";
        String supporterAsked = supporterRequest(supporterCase);
        apiBodies(set, "POST supporter", HttpMethod.POST, supporters, worker);
        apiField(set, "POST supporter", HttpMethod.POST, supporters, worker, supporterAsked, "conferenceId", "id", 0);
        apiField(set, "POST supporter", HttpMethod.POST, supporters, worker, supporterAsked, "parentName", "requiredText", 300);
        apiField(set, "POST supporter", HttpMethod.POST, supporters, worker, supporterAsked, "supporterName", "requiredText",
                300);
        apiField(set, "POST supporter", HttpMethod.POST, supporters, worker, supporterAsked, "role", "requiredEnum", 0);
        apiField(set, "POST supporter", HttpMethod.POST, supporters, worker, supporterAsked, "requestedOn", "requiredDate", 0);
        String recordingsPath = "/api/cases/" + amendmentCase + "/recordings";
        String reference = "{\"conferenceId\": 1, \"storeReference\": \"qa-store://2\", \"sha256\": \""
                + "b".repeat(64) + "\"}";
        apiBodies(set, "POST recording", HttpMethod.POST, recordingsPath, admin);
        apiField(set, "POST recording", HttpMethod.POST, recordingsPath, admin, reference, "storeReference",
                "requiredText", 1000);
        apiField(set, "POST recording", HttpMethod.POST, recordingsPath, admin, reference, "sha256",
                "requiredText", 64);

        String allocation = "/api/cases/" + planCase + "/allocation";
        String allocate = "{\"socialWorker\": \"test.worker\", \"teamManager\": \"test.manager\"}";
        apiBodies(set, "PUT allocation", HttpMethod.PUT, allocation, TestStaff.TEAM_MANAGER);
        apiField(set, "PUT allocation", HttpMethod.PUT, allocation, TestStaff.TEAM_MANAGER, allocate,
                "socialWorker", "text", 64);
        apiField(set, "PUT allocation", HttpMethod.PUT, allocation, TestStaff.TEAM_MANAGER, allocate,
                "teamManager", "text", 64);
        return set;
    }

    // ---- the forms -----------------------------------------------------------------------------------------

    /**
     * A form field as deployed: key, type, limit, fixed options; {@code list} names the dynamic list whose rows
     * hold it (null for the form's own fields).
     */
    record FormField(String key, String type, int maxLength, boolean required, List<String> options, String list) {
    }

    private List<FormField> fieldsOf(String formRef) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/forms/" + formRef + ".form")) {
            List<FormField> fields = new ArrayList<>();
            collect(json.readTree(in), fields);
            return fields;
        }
    }

    private static void collect(JsonNode node, List<FormField> fields) {
        collect(node, fields, null);
    }

    private static void collect(JsonNode node, List<FormField> fields, String list) {
        for (JsonNode component : node.path("components")) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                collect(component, fields, component.path("path").asText());
                continue;
            }
            if (component.hasNonNull("key")) {
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                JsonNode validate = component.path("validate");
                fields.add(new FormField(component.get("key").asText(), component.path("type").asText(),
                        validate.path("maxLength").asInt(0), validate.path("required").asBoolean(false), options,
                        list));
            }
            collect(component, fields, list);
        }
    }

    /**
     * The wrong value of a field of a dynamic list's row, sent in the one row of that list (a row holds JSON
     * values, not typed variables): null when the wrong variable has no JSON form in a row.
     */
    private ObjectNode inRow(FormField field, ObjectNode variable) throws Exception {
        String type = variable.path("type").asText("");
        if (type.equals("Object") || type.equals("Json") || type.equals("Null")) {
            return null;
        }
        ObjectNode row = nodes.objectNode();
        row.set(field.key(), variable.get("value"));
        return variable(json.writeValueAsString(nodes.arrayNode().add(row)), "Json");
    }

    /** The core group form repeats one action eight times: the first stands for them all. */
    private static final Pattern REPEATED_SLOT = Pattern.compile("(action|parent)[2-8].*");

    private ObjectNode variable(Object value, String type) {
        ObjectNode variable = nodes.objectNode();
        variable.set("value", json.valueToTree(value));
        if (type != null) {
            variable.put("type", type);
        }
        return variable;
    }

    /** Wrong variables for a form field: each {"value", "type"} a form or an integration could send. */
    private List<ObjectNode> wrongVariables(FormField field, boolean megabyte) {
        List<ObjectNode> wrong = new ArrayList<>();
        wrong.add(variable(List.of("a", "b"), null));
        ObjectNode object = variable("rO0ABXQABHRleHQ=", "Object");
        object.putObject("valueInfo").put("objectTypeName", "java.lang.String")
                .put("serializationDataFormat", "application/x-java-serialized-object");
        wrong.add(object);
        wrong.add(variable("{not json", "Json"));
        switch (field.type()) {
            case "textfield", "textarea" -> {
                wrong.add(variable(12, "Integer"));
                wrong.add(variable(12.5, "Double"));
                wrong.add(variable(true, "Boolean"));
                wrong.add(variable("\"text\"", "Json"));
                wrong.add(variable("y".repeat(field.maxLength() + 1), "String"));
                if (megabyte) {
                    wrong.add(variable(MEGABYTE, "String"));
                }
            }
            case "datetime" -> {
                BAD_DATES.forEach(date -> wrong.add(variable(date, "String")));
                wrong.add(variable("\"2026-12-01\"", "Json"));
                wrong.add(variable(20261201, "Integer"));
                wrong.add(variable(true, "Boolean"));
            }
            case "checkbox" -> {
                wrong.add(variable("yes", "String"));
                wrong.add(variable(1, "Integer"));
                wrong.add(variable("true", "Json"));
            }
            case "radio", "select" -> {
                wrong.add(variable(1, "Integer"));
                wrong.add(variable(true, "Boolean"));
                // A choice the server fills in (the Chairs, the parents invited) has no fixed options to misspell.
                if (!field.options().isEmpty()) {
                    wrong.add(variable("\"" + field.options().get(0) + "\"", "Json"));
                    wrong.add(variable("NOT_A_CHOICE", "String"));
                    wrong.add(variable(field.options().get(0).toLowerCase(), "String"));
                }
            }
            case "checklist", "taglist" -> {
                wrong.add(variable("[1, 2]", "Json"));
                wrong.add(variable("[null]", "Json"));
                wrong.add(variable("{\"a\": 1}", "Json"));
                wrong.add(variable(3, "Integer"));
                if (!field.options().isEmpty()) {
                    wrong.add(variable("[\"NOT_A_CHOICE\"]", "Json"));
                }
            }
            default -> {
            }
        }
        if (field.required()) {
            wrong.add(variable(null, "Null"));
            if (!field.type().equals("checkbox")) {
                wrong.add(variable("", "String"));
            }
        }
        return wrong;
    }

    private List<Bad> formRequests(Map<String, Task> live) throws Exception {
        List<Bad> set = new ArrayList<>();
        java.util.Set<String> withMegabyte = new java.util.HashSet<>();
        for (Task task : live.values()) {
            String formRef = repositoryFormRef(task);
            String user = worker(task);
            String submit = "/engine-rest/task/" + task.getId() + "/submit-form";
            String complete = "/engine-rest/task/" + task.getId() + "/complete";
            String what = task.getTaskDefinitionKey() + " (" + formRef + ")";
            for (String body : List.of("null", "[]", "\"text\"", "")) {
                set.add(new Bad(what + " body " + body, HttpMethod.POST, submit, user, body, "body"));
            }
            set.add(new Bad(what + " variables as a list", HttpMethod.POST, submit, user, "{\"variables\": []}",
                    "variables"));
            for (FormField field : fieldsOf(formRef)) {
                if (REPEATED_SLOT.matcher(field.key()).matches()) {
                    continue;
                }
                if (field.list() != null) {
                    // A row's field: sent wrong inside the one row of its list, named children[0].key.
                    String named = field.list() + "[0]." + field.key();
                    int n = 0;
                    for (ObjectNode variable : wrongVariables(field, false)) {
                        ObjectNode list = inRow(field, variable);
                        if (list == null) {
                            continue;
                        }
                        ObjectNode body = nodes.objectNode();
                        body.putObject("variables").set(field.list(), list);
                        set.add(new Bad(what + " " + named + "=" + abbreviated(variable.toString()),
                                HttpMethod.POST, n++ % 4 == 3 ? complete : submit, user,
                                json.writeValueAsString(body), named));
                    }
                    continue;
                }
                set.add(new Bad(what + " " + field.key() + " not as {value}", HttpMethod.POST, submit, user,
                        "{\"variables\": {\"" + field.key() + "\": \"2026-12-01\"}}", field.key()));
                int n = 0;
                // The 1 MB text once per form: a text area's limit is checked the same way for every one.
                boolean megabyte = field.type().equals("textarea") && !withMegabyte.contains(formRef)
                        && withMegabyte.add(formRef);
                for (ObjectNode variable : wrongVariables(field, megabyte)) {
                    ObjectNode body = nodes.objectNode();
                    body.putObject("variables").set(field.key(), variable);
                    set.add(new Bad(what + " " + field.key() + "=" + abbreviated(variable.toString()),
                            HttpMethod.POST, n++ % 4 == 3 ? complete : submit, user,
                            json.writeValueAsString(body), field.key()));
                }
            }
        }
        // The referral form, which starts a case from Tasklist.
        String start = "/engine-rest/process-definition/key/" + ChildCaseService.LIFECYCLE_PROCESS + "/submit-form";
        for (FormField field : fieldsOf("referral")) {
            for (ObjectNode variable : wrongVariables(field, field.key().equals("concerns"))) {
                ObjectNode body = nodes.objectNode();
                body.putObject("variables").set(field.key(), variable);
                set.add(new Bad("start form " + field.key() + "=" + abbreviated(variable.toString()),
                        HttpMethod.POST, start, TestStaff.SOCIAL_WORKER, json.writeValueAsString(body), field.key()));
            }
        }
        return set;
    }

    private String repositoryFormRef(Task task) {
        var element = repositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    }

    private org.camunda.bpm.engine.RepositoryService repositoryService() {
        return engine.getRepositoryService();
    }

    // ---- the tests -----------------------------------------------------------------------------------------

    @Test
    void everyWrongRequestAndSubmissionIsA4xxNamingTheFieldAndChangesNothing() throws Exception {
        Map<String, Task> live = liveTasks();
        String amendment = amendmentCase(live);
        supporterCase = supporterCase(live);
        String plan = planCase;
        assertThat(live.keySet()).as("a live task of every kind").contains("Task_RecordStrategyDiscussion",
                "Task_RecordSection47Findings", "Task_AuthoriseSection47Outcome", "Task_BookConference",
                "Task_InviteParticipants", "Task_ShareSocialWorkerReport", "Task_ContactParents",
                "Task_RecordAgencyReports", "Task_HoldConference", "Task_HoldCoreGroupMeeting",
                "Task_RecordStatutoryVisit", "Task_PostCopies", "Task_RecordVisitDelay", "Task_SendTransferPack",
                "Task_RecordConferenceDelay", "Task_RecordPlanEndDecision", "Task_ArrangeReviewBeforeEighteen",
                "Task_SeekLegalAdvice", "Task_DecideAmendment", "Task_TalkWithParent", "Task_HoldInformalMeeting",
                "Task_RecordFormalComplaint", "Task_RecordComplaintPanel", "Task_ArrangeReconsideration",
                "Task_DecideAudioRequest", "Task_RecordAudioRelease", "Task_DecideSupporter");
        setToday(LocalDate.of(2027, 1, 8));

        List<Bad> set = new ArrayList<>(apiRequests(plan, amendment));
        set.addAll(formRequests(live));
        Map<String, Long> before = domainRows();
        List<String> openBefore = tasks.createTaskQuery().list().stream().map(Task::getId).sorted().toList();

        List<String> wrong = new ArrayList<>();
        for (Bad bad : set) {
            ResponseEntity<String> answer = send(bad.user(), bad.method(), bad.path(), bad.body());
            int status = answer.getStatusCode().value();
            String body = answer.getBody() == null ? "" : answer.getBody();
            if (status < 400 || status >= 500) {
                wrong.add(bad.what() + " -> " + status + " " + abbreviated(body));
            } else if (status == 400 && !body.contains(bad.field())) {
                wrong.add(bad.what() + " -> 400 without naming " + bad.field() + ": " + abbreviated(body));
            } else if (status != 400 && status != 413) {
                wrong.add(bad.what() + " -> " + status + " (not a refusal of the input): " + abbreviated(body));
            }
        }
        assertThat(set).as("the set").hasSizeGreaterThanOrEqualTo(300);
        assertThat(wrong).as("answers that are not a 400 naming the field, of " + set.size()).isEmpty();
        assertThat(domainRows()).as("no domain table changed").isEqualTo(before);
        assertThat(tasks.createTaskQuery().list().stream().map(Task::getId).sorted().toList())
                .as("every task still open").isEqualTo(openBefore);
    }

    /** A form submission as /engine-rest takes it. */
    private String submission(Map<String, Object> form) throws Exception {
        ObjectNode variables = nodes.objectNode();
        form.forEach((key, value) -> variables.set(key, variable(value,
                value instanceof Boolean ? "Boolean" : "String")));
        ObjectNode body = nodes.objectNode();
        body.set("variables", variables);
        return json.writeValueAsString(body);
    }

    private String strategySubmission() throws Exception {
        return submission(strategyDiscussion(STRATEGY_DAY, "SECTION_47"));
    }

    /**
     * Two people at once, six times: two conference administrators book the same conference (a group task
     * either may take), or the allocated worker's strategy discussion is sent twice at the same moment (two
     * devices, a double click). One completion wins with 204; the other is told 409 in plain words; the record
     * is saved once and the process moves on once.
     */
    @Test
    void twoPeopleCompletingTheSameTaskAtOnceOneWinsAndTheOtherIsTold409AndTheRecordIsSavedOnce() throws Exception {
        String otherAdministrator = "test.admin.race";
        TestStaff.user(identity, otherAdministrator, "Ray", "Race", Roles.CONFERENCE_ADMINISTRATORS);
        for (int round = 0; round < 6; round++) {
            String ref = newCase("Race" + round);
            boolean booking = round % 2 == 0;
            String next;
            String submission;
            List<String> people;
            Task task;
            if (booking) {
                ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
                task = task(ref, "Task_BookConference");
                submission = submission(uk.gov.childprotection.demo.Submissions.booking(LocalDate.of(2026, 12, 21),
                        TestStaff.CHAIR));
                people = List.of(TestStaff.ADMINISTRATOR, otherAdministrator);
                next = "Task_InviteParticipants";
            } else {
                task = task(ref, "Task_RecordStrategyDiscussion");
                submission = strategySubmission();
                people = List.of(TestStaff.SOCIAL_WORKER, TestStaff.SOCIAL_WORKER);
                next = "Task_RecordSection47Findings";
            }
            List<String> doors = List.of("/complete", round % 4 < 2 ? "/submit-form" : "/complete");
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (int person = 0; person < 2; person++) {
                    String user = people.get(person);
                    String door = doors.get(person);
                    answers.add(pool.submit(() -> {
                        together.await();
                        return send(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + door, submission);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (var answer : answers) {
                    ResponseEntity<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    statuses.add(response.getStatusCode().value());
                    bodies.add(String.valueOf(response.getBody()));
                }
                assertThat(statuses).as("round " + round + ": " + bodies).containsExactlyInAnyOrder(204, 409);
                assertThat(bodies.get(statuses.indexOf(409))).contains("Someone else completed this task");
            } finally {
                pool.shutdownNow();
            }
            runAsyncJobs(ref); // the job executor's part: a decision gateway after the task is asynchronous
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(next).count())
                    .as("round " + round + ": the process moved on once").isEqualTo(1);
            if (booking) {
                assertThat(jdbc.queryForList("SELECT scheduled_date FROM conference f JOIN cp_case c"
                        + " ON c.id = f.case_id WHERE c.reference = ?", ref)).as("one conference, booked")
                        .singleElement().satisfies(row -> assertThat(row.values()).doesNotContainNull());
            } else {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM strategy_discussion s JOIN cp_case c"
                        + " ON c.id = s.case_id WHERE c.reference = ?", Long.class, ref))
                        .as("round " + round + ": the discussion recorded once").isEqualTo(1);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aRefusedSubmissionAndA409EventAreEachLoggedAsOneLineWithTheCaseAndNoErrorOrStackTrace(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        // The test profile silences the engine's own error log: here it must speak, so that an ERROR would show.
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        List<String> loggers = List.of("org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception",
                "uk.gov.childprotection.common");
        Map<String, LogLevel> before = new java.util.HashMap<>();
        loggers.forEach(name -> {
            var config = logging.getLoggerConfiguration(name);
            before.put(name, config == null ? null : config.getConfiguredLevel());
            logging.setLogLevel(name, LogLevel.INFO);
        });
        try {
            refusalsAndConflictsAreLoggedOnce(output);
        } finally {
            before.forEach(logging::setLogLevel);
        }
    }

    private void refusalsAndConflictsAreLoggedOnce(org.springframework.boot.test.system.CapturedOutput output)
            throws Exception {
        String ref = newCase("Logged");
        Task task = task(ref, "Task_RecordStrategyDiscussion");
        int from = output.length();

        ResponseEntity<String> refused = send(TestStaff.SOCIAL_WORKER, HttpMethod.POST,
                "/engine-rest/task/" + task.getId() + "/submit-form", strategySubmission()
                        .replace("DC Jo Bloggs, child abuse investigation team", "y".repeat(201)));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("policeParticipant");
        ResponseEntity<String> tasklist = send(TestStaff.SOCIAL_WORKER, HttpMethod.POST,
                "/engine-rest/task/" + task.getId() + "/complete", strategySubmission()
                        .replace("\"SECTION_47\"", "\"SECTION_48\""));
        assertThat(tasklist.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> conflict = send(TestStaff.SOCIAL_WORKER, HttpMethod.POST,
                "/api/cases/" + ref + "/death", "{\"date\": \"2026-12-05\"}");
        assertThat(conflict.getStatusCode().value()).as(conflict.getBody()).isEqualTo(409);

        String logged = output.toString().substring(from);
        assertThat(logged).as("no error").doesNotContain("ERROR").doesNotContain("ENGINE-REST-HTTP500")
                .doesNotContain("Exception while invoking TaskListener");
        assertThat(logged.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by")))
                .as("no stack trace").isEmpty();
        List<String> refusals = logged.lines().filter(line -> line.contains("Refused submission")).toList();
        assertThat(refusals).as("one line per refused submission").hasSize(2);
        assertThat(refusals.get(0)).contains("INFO").contains(ref).contains("policeParticipant")
                .contains("Record strategy discussion").doesNotContain("yyyyyyyy");
        assertThat(refusals.get(1)).contains(ref).contains("strategyDecision");
        assertThat(logged.lines().filter(line -> line.contains(ref + "/death")).toList())
                .as("the 409, one line").singleElement().satisfies(line -> assertThat(line).contains("INFO")
                        .contains("409").doesNotContain("ERROR"));
        assertThat(task(ref, "Task_RecordStrategyDiscussion").getId()).isEqualTo(task.getId());
    }
}
