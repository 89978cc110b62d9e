package uk.gov.childprotection.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Delivery;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.AccessAuditRepository;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.CoverageOf;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The recording of a conference (seeds 000, 001): stored with the conference, file or reference, with its
 * SHA-256, never sent with the documents; a parent's request for the audio file decided by a service manager,
 * the parent told either way, a release logged with what was released; the request and its outcome on the case.
 */
@AutoConfigureMockMvc
class RecordingProcessIT extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return CoverageOf.process(RecordingService.PROCESS);
        }
    }

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);
    private static final byte[] AUDIO = "ID3 the conference as it was said".getBytes(StandardCharsets.UTF_8);
    /** SHA-256 of AUDIO. */
    private static final String AUDIO_SHA256 = DocumentService.sha256(AUDIO);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired RecordingService recordings;
    @Autowired AccessAuditRepository audit;
    @Autowired MockMvc mvc;

    private static int children;

    private String heldCase() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ada", "Recorded",
                LocalDate.of(2015, 5, 5).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        return ref;
    }

    private Long conferenceOf(String ref) {
        return conferences.findLatestDecided(cases.get(ref).getId()).orElseThrow().getId();
    }

    private void upload(String ref, String user, byte[] content, String type, int expected) throws Exception {
        mvc.perform(signedIn(user, multipart("/api/cases/" + ref + "/recordings")
                        .file(new MockMultipartFile("file", "conference.mp3", type, content))
                        .param("conferenceId", conferenceOf(ref).toString())))
                .andExpect(status().is(expected));
    }

    private ProcessInstance request(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey(RecordingService.PROCESS).singleResult();
    }

    private void ask(String ref, String parent, String on) throws Exception {
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/recording-requests")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentName\": \"" + parent
                                + "\", \"requestedOn\": \"" + on + "\", \"reason\": \"I want to hear what was said about me.\"}")))
                .andExpect(status().isCreated());
    }

    @Test
    void theRecordingIsKeptWithItsHashNeverSentAndAReleaseIsDecidedLoggedAndOnTheCase() throws Exception {
        String ref = heldCase();
        upload(ref, TestStaff.SOCIAL_WORKER, AUDIO, "audio/mpeg", 403);
        upload(ref, TestStaff.ADMINISTRATOR, "not audio".getBytes(StandardCharsets.UTF_8), "application/pdf", 400);
        upload(ref, TestStaff.ADMINISTRATOR, new byte[0], "audio/mpeg", 400);
        upload(ref, TestStaff.ADMINISTRATOR, AUDIO, "audio/mpeg", 201);
        upload(ref, TestStaff.ADMINISTRATOR, AUDIO, "audio/mpeg", 409);
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/cases/" + ref + "/recordings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sha256").value(AUDIO_SHA256))
                .andExpect(jsonPath("$[0].storedHere").value(true))
                .andExpect(jsonPath("$[0].content").doesNotExist());

        // The record goes out after the conference: the recording is in no one's copy.
        postCopies(ref);
        Sending record = sendings.ofCase(cases.get(ref).getId()).get(0);
        List<Document> sent = sendings.deliveries(record.getId()).stream().flatMap(d -> d.getDocumentIds().stream())
                .map(documents::get).toList();
        assertThat(sent).isNotEmpty().allSatisfy(d -> {
            assertThat(d.getSha256()).isNotEqualTo(AUDIO_SHA256);
            assertThat(d.getDocumentType()).isNotNull();
        });

        setToday(LocalDate.of(2026, 12, 30));
        ask(ref, "Alex Example", "2026-12-30");
        ProcessInstance instance = request(ref);
        assertThat(instance).isWaitingAt("Task_DecideAudioRequest");
        var decide = task(ref, "Task_DecideAudioRequest");
        assertThat(decide.getAssignee()).as("the service managers' queue").isNull();
        // One month, as a subject access request: 30 January 2027 is a Saturday, so Friday 29 January.
        assertThat(decide.getDueDate()).isEqualTo(Today.endOfWorkingDay(LocalDate.of(2027, 1, 29)));
        assertThat(tasks.getVariable(decide.getId(), "requestSummary").toString())
                .contains("Alex Example", "what was said about me", AUDIO_SHA256);
        assertThat(tasks.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("service-managers").count())
                .isEqualTo(1);

        // Only service managers hear the file, each download audited.
        mvc.perform(signedIn(TestStaff.CHAIR, get("/api/recordings/" + recordings.recordingOf(
                conferences.get(conferenceOf(ref))).orElseThrow().getId() + "/audio"))).andExpect(status().isForbidden());
        Long recordingId = recordings.recordingOf(conferences.get(conferenceOf(ref))).orElseThrow().getId();
        long before = audit.count();
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/recordings/" + recordingId + "/audio")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", AUDIO_SHA256))
                .andExpect(content().bytes(AUDIO));
        assertThat(audit.findAll().stream().skip(before).map(AccessAudit::getAction))
                .contains(AccessAudit.Action.READ_RECORDING);

        complete(TestStaff.SERVICE_MANAGER, ref, "Task_DecideAudioRequest", Map.of("audioDecision", "RELEASE",
                "audioDecisionReason", "You can have the recording: it is your own conference."));
        Document letter = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.RECORDING_REQUEST_LETTER).findFirst().orElseThrow();
        Pdfs.assertAccessible(letter.getContent(), DocumentType.RECORDING_REQUEST_LETTER.title());
        assertThat(Pdfs.text(letter.getContent())).contains("Dear Alex Example", "Wednesday 30 December 2026",
                "I have agreed to give you the recording", "by Friday 29 January 2027", "your own conference",
                AUDIO_SHA256, "Sue Service");
        Sending answer = sendings.ofCase(cases.get(ref).getId()).get(1);
        assertThat(answer.getPurpose()).isEqualTo(Sending.Purpose.RECORDING_REQUEST);
        assertThat(sendings.deliveries(answer.getId())).singleElement().satisfies(d -> {
            assertThat(d.getRecipientName()).isEqualTo("Alex Example");
            assertThat(d.getDocumentIds()).containsExactly(letter.getId());
        });

        var release = task(ref, "Task_RecordAudioRelease");
        assertThat(release.getAssignee()).as("the manager who agreed it").isEqualTo(TestStaff.SERVICE_MANAGER);
        signIn(TestStaff.SERVICE_MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(release.getId(),
                Map.of("releasedDate", "2026-12-29", "releasedHow", "SECURE_DOWNLOAD")))
                .hasMessageContaining("must not be before the decision (Wednesday 30 December 2026)");
        identity.clearAuthentication();
        setToday(LocalDate.of(2027, 1, 4));
        complete(TestStaff.SERVICE_MANAGER, ref, "Task_RecordAudioRelease", Map.of("releasedDate", "2027-01-04",
                "releasedHow", "SECURE_DOWNLOAD"));
        assertThat(instance).hasPassed("Task_DecideAudioRequest", "Task_WriteRecordingRequestLetter",
                "Task_RecordAudioRelease", "EndEvent_AudioReleased").isEnded();

        mvc.perform(signedIn(TestStaff.TEAM_MANAGER, get("/api/cases/" + ref + "/recording-requests")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decision").value("RELEASE"))
                .andExpect(jsonPath("$[0].decidedBy").value(TestStaff.SERVICE_MANAGER))
                .andExpect(jsonPath("$[0].releasedOn").value("2027-01-04"))
                .andExpect(jsonPath("$[0].releasedHow").value("SECURE_DOWNLOAD"))
                .andExpect(jsonPath("$[0].releasedSha256").value(AUDIO_SHA256));
        mvc.perform(get("/cases/" + ref).session(TestStaff.webappSession(TestStaff.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Recording of the conference kept"),
                        Matchers.containsString("Alex Example asked for the recording of the conference"),
                        Matchers.containsString("Recording released to Alex Example (secure download)"))));
    }

    @Test
    void aRecordingInTheCouncilsStoreIsAReferenceWithItsHashAndARefusalIsExplained() throws Exception {
        String ref = heldCase();
        String sha = "AB".repeat(32);
        String body = new ObjectMapper().writeValueAsString(Map.of("conferenceId", conferenceOf(ref),
                "storeReference", "qa-store://conferences/2026/12/21/room-3.mp3", "sha256", sha));
        mvc.perform(signedIn(TestStaff.CHAIR, post("/api/cases/" + ref + "/recordings")
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(sha, "12345"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sha256").value(Matchers.containsString("64 characters")));
        mvc.perform(signedIn(TestStaff.CHAIR, post("/api/cases/" + ref + "/recordings")
                        .contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(sha.toLowerCase()))
                .andExpect(jsonPath("$.storedHere").value(false));
        Long recordingId = recordings.recordingOf(conferences.get(conferenceOf(ref))).orElseThrow().getId();
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/recordings/" + recordingId + "/audio")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("qa-store://conferences")));

        setToday(LocalDate.of(2026, 12, 22));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/recording-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentName\": \"Sam Neighbour\", \"requestedOn\": \"2026-12-22\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentName").value(Matchers.containsString("Alex Example, Jordan Example")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/recording-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentName\": \"Jordan Example\", \"requestedOn\": \"2026-12-23\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.requestedOn").value("must not be in the future"));
        ask(ref, "Jordan Example", "2026-12-22");
        complete(TestStaff.SERVICE_MANAGER, ref, "Task_DecideAudioRequest", Map.of("audioDecision", "REFUSE",
                "audioDecisionReason", "The recording holds what the police said in the confidential part."));
        assertThat(request(ref)).isNull();
        Document letter = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.RECORDING_REQUEST_LETTER).findFirst().orElseThrow();
        assertThat(Pdfs.text(letter.getContent())).contains("Dear Jordan Example",
                "I have decided not to give you the recording", "confidential part", "Information Commissioner")
                .doesNotContain(sha.toLowerCase());
        assertThat(recordings.requestsOfCase(cases.get(ref).getId())).singleElement().satisfies(r -> {
            assertThat(r.getDecision()).isEqualTo(AudioRequest.Decision.REFUSE);
            assertThat(r.getReleasedOn()).isNull();
        });
    }

    @Test
    void noRecordingNoRequestAndNoOneStartsTheProcessThroughTheEngine() throws Exception {
        String ref = heldCase();
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, post("/api/cases/" + ref + "/recording-requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentName\": \"Alex Example\", \"requestedOn\": \"2026-12-21\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("has no recording kept")));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(RecordingService.PROCESS).latestVersion().singleResult().getId();
        signIn(TestStaff.SERVICE_MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceById(definition, ref,
                Map.of("caseReference", ref, "audioRequestId", 1L)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        identity.clearAuthentication();
        assertThat(request(ref)).isNull();
    }
}
