package uk.gov.childprotection.documents;

import static uk.gov.childprotection.support.TestStaff.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The letters the conference process writes once the administrator has invited everyone: the family's
 * invitations (the parents', in large print for whoever asked, and the child's), the agencies' invitations and
 * the report requests, read as a family member or a professional would read them, and linked from the forms
 * of the tasks that follow.
 */
@AutoConfigureMockMvc
class InvitationLettersIT extends ProcessTestSupport {

    /** Monday 21 December 2026: reports to the parents by Wednesday 16th, agencies' reports by Friday 18th. */
    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired InvitationDocuments invitationDocuments;
    @Autowired ReportRequestDocuments reportRequests;
    @Autowired MockMvc mvc;

    private static int children;

    private String newCase(String given) {
        return cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, "Okafor",
                LocalDate.of(2014, 6, 2).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
    }

    /** Booked for Monday 21 December 2026 at 10:00 in Room 2, County Hall; the mother asked for large print. */
    private Conference invited(String ref) {
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Map<String, Object> invited = invitations("POLICE", "SCHOOL", "GP");
        invited.put("parent1LargePrint", true);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invited);
        return conferences.ofCase(cases.get(ref).getId()).get(0);
    }

    private List<Document> stored(String ref, DocumentType type) {
        return documents.ofCase(cases.get(ref).getId()).stream().filter(d -> d.getDocumentType() == type).toList();
    }

    private Participant participant(Conference conference, String name) {
        return conferences.participants(conference.getId()).stream().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private static Document to(List<Document> letters, Participant participant, boolean largePrint) {
        List<Document> found = letters.stream().filter(d -> participant.getId().equals(d.getParticipantId())
                && d.isLargePrint() == largePrint).toList();
        assertThat(found).as("letters to " + participant.getName() + (largePrint ? " in large print" : ""))
                .hasSize(1);
        return found.get(0);
    }

    @Test
    void eachParentAndTheChildGetAnInvitationInPlainWordsAndLargePrintOnlyWhoAskedForIt() {
        String ref = newCase("Tia");
        Conference conference = invited(ref);
        Participant mother = participant(conference, "Alex Example");
        Participant father = participant(conference, "Jordan Example");
        Participant child = participant(conference, "Tia Okafor");

        List<Document> family = stored(ref, DocumentType.INVITATION_FAMILY);
        assertThat(family).as("mother, her large print copy, father, child").hasSize(4)
                .allSatisfy(d -> {
                    assertThat(d.getConferenceId()).isEqualTo(conference.getId());
                    assertThat(d.getCreatedByTask()).isEqualTo("Task_WriteInvitations");
                    assertThat(d.getVersion()).isEqualTo(1);
                    Pdfs.assertAccessible(d.getContent(), DocumentType.INVITATION_FAMILY.title());
                });
        assertThat(family).filteredOn(Document::isLargePrint).extracting(Document::getParticipantId)
                .as("large print only for the mother, who asked").containsExactly(mother.getId());

        String toMother = Pdfs.text(to(family, mother, false).getContent());
        assertThat(toMother).contains(DocumentType.INVITATION_FAMILY.title(), ref, "Tia Okafor", "To: Alex Example",
                "Dear Alex Example,", "You are invited to an initial child protection conference about Tia Okafor.",
                "Conference date: Monday 21 December 2026", "Time: 10:00", "Place: Room 2, County Hall",
                "Chair: Chris Chair, Child Protection Chair",
                "A child protection conference is a meeting where your family and the professionals",
                "decide whether Tia needs a child protection plan",
                "We have also invited: Children's social care, Police, School, GP, Mrs P Green (School).",
                "Tia's wishes and feelings: what Tia thinks and wants will be heard at the conference",
                "Tia has been invited too, with an advocate",
                "The social worker, Sam Worker, will give you their report by Wednesday 16 December 2026, 3 "
                        + "working days before the conference.",
                "The other agencies will share their reports with you before the conference.",
                "The Chair, Chris Chair, will phone you before the conference",
                "Please arrive at 09:40, 20 minutes before the start, so that you can meet the Chair before the "
                        + "meeting starts.",
                "You may bring a friend, relative or supporter, or a solicitor",
                "We have arranged: an interpreter who speaks Polish;",
                "large print copies of the letters and documents we send you",
                "by the end of the next working day",
                "please contact the social worker, Sam Worker, or the Chair, Chris Chair.",
                "Confidential.", "must not be shared with anyone else without the permission",
                "another language or format");

        String toFather = Pdfs.text(to(family, father, false).getContent());
        assertThat(toFather).contains("Dear Jordan Example,", "Monday 21 December 2026", "Room 2, County Hall",
                "Chris Chair", "If you need an interpreter, a signer, an advocate or an accessible room, please tell "
                        + "your social worker and we will arrange it.")
                .doesNotContain("interpreter who speaks", "Alex Example");

        Document largePrint = to(family, mother, true);
        String large = Pdfs.text(largePrint.getContent());
        assertThat(large).contains("Dear Alex Example,", "Monday 21 December 2026", "Room 2, County Hall",
                "an interpreter who speaks Polish", "Wednesday 16 December 2026");
        assertThat(Pdfs.pages(largePrint.getContent())).as("large print takes more pages")
                .isGreaterThan(Pdfs.pages(to(family, mother, false).getContent()));

        String toChild = Pdfs.text(to(family, child, false).getContent());
        assertThat(toChild).contains("Dear Tia,", "You are invited to a meeting about you and your family",
                "Day: Monday 21 December 2026", "Time: 10:00", "Place: Room 2, County Hall",
                "The person in charge (the Chair): Chris Chair",
                "Everyone wants to hear what you think and how you feel", "My Conference Pack",
                "An advocate will help you", "ask for a break at any time", "Sam Worker", ref)
                .doesNotContain("Dear Tia Okafor", "solicitor");
    }

    @Test
    void agenciesAreInvitedToMakeTheConferenceQuorateAndAskedForReportsSharedWithTheFamily() {
        String ref = newCase("Uma");
        Conference conference = invited(ref);

        List<Document> agencies = stored(ref, DocumentType.INVITATION_AGENCY);
        assertThat(agencies).extracting(d -> name(conference, d))
                .containsExactlyInAnyOrder("Children's social care", "Police", "School", "GP", "Mrs P Green");
        assertThat(agencies).noneMatch(Document::isLargePrint).allSatisfy(d -> {
            assertThat(d.getCreatedByTask()).isEqualTo("Task_WriteInvitations");
            Pdfs.assertAccessible(d.getContent(), DocumentType.INVITATION_AGENCY.title());
        });
        String toPolice = Pdfs.text(to(agencies, participant(conference, "Police"), false).getContent());
        assertThat(toPolice).contains(DocumentType.INVITATION_AGENCY.title(), ref, "To: Police",
                "You are invited to an initial child protection conference about Uma Okafor.",
                "Conference date: Monday 21 December 2026", "Time: 10:00", "Place: Room 2, County Hall",
                "Chair: Chris Chair, Child Protection Chair", "Social worker: Sam Worker",
                "children's social care and at least two other agencies with direct contact with the child are "
                        + "present",
                "Your agency is asked for a report on the multi-agency template",
                "by Friday 18 December 2026, the working day before the conference, and bring it with you",
                "Share your report with the family before the conference",
                "The family: Alex Example (mother), Jordan Example (father), Uma Okafor (the child).",
                "Alex Example: interpreter (Polish), large print", "Uma Okafor: advocate", "Confidential.");
        assertThat(Pdfs.text(to(agencies, participant(conference, "Children's social care"), false).getContent()))
                .contains("The social worker's report must reach the parents by Wednesday 16 December 2026")
                .doesNotContain("Your agency is asked for a report");
        assertThat(Pdfs.text(to(agencies, participant(conference, "Mrs P Green"), false).getContent()))
                .contains("To: Mrs P Green (School)", "Monday 21 December 2026", "share it with the family before "
                        + "the conference");

        List<Document> requests = stored(ref, DocumentType.REPORT_REQUEST);
        assertThat(requests).extracting(d -> name(conference, d))
                .as("every invited agency but children's social care").containsExactlyInAnyOrder("Police", "School",
                        "GP");
        Document toSchool = to(requests, participant(conference, "School"), false);
        assertThat(toSchool.getCreatedByTask()).isEqualTo("Task_RequestAgencyReports");
        Pdfs.assertAccessible(toSchool.getContent(), DocumentType.REPORT_REQUEST.title());
        assertThat(Pdfs.text(toSchool.getContent())).contains(DocumentType.REPORT_REQUEST.title(), ref,
                "Uma Okafor", "To: School", "Conference date: Monday 21 December 2026", "Time: 10:00",
                "Room 2, County Hall",
                "Chair: Chris Chair", "multi-agency conference report template",
                "by Friday 18 December 2026, the working day before the conference",
                "What we are worried about:", "What is working well:", "What complicates things:",
                "The child's wishes and feelings:", "Scaling: on a scale from 0 to 10, where 10 means the child is "
                        + "safe and 0 means you are very worried",
                "Share your report with the parents or carers before the conference",
                "Each agency is responsible for sharing its own report with the family", "Confidential.",
                "another language or format");
        assertThat(participant(conference, "School").getReportRequestedDate()).isEqualTo(STRATEGY_DAY);
    }

    private String name(Conference conference, Document document) {
        return conferences.participants(conference.getId()).stream()
                .filter(p -> p.getId().equals(document.getParticipantId())).findFirst().orElseThrow().getName();
    }

    @Test
    void anOnlineConferenceWithHelpArrangedAndTheChildNotInvited() {
        String ref = newCase("Vee");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        Map<String, Object> online = booking(CONFERENCE_DAY, TestStaff.CHAIR);
        online.put("venue", "");
        online.put("onlineLink", "https://meet.example.org/cp-2026-1221");
        online.put("conferenceTime", "14:00");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", online);
        Map<String, Object> invited = invitations("POLICE", "SCHOOL");
        invited.keySet().removeIf(key -> key.startsWith("parent2"));
        invited.put("parent1InterpreterLanguage", "");
        invited.put("parent1NeedsSigner", true);
        invited.put("parent1NeedsAdvocate", true);
        invited.put("parent1AccessibleRoom", true);
        invited.put("childInvited", false);
        invited.put("childAdvocate", false);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invited);

        List<Document> family = stored(ref, DocumentType.INVITATION_FAMILY);
        assertThat(family).as("one parent, the child not invited").singleElement();
        String letter = Pdfs.text(family.get(0).getContent());
        assertThat(letter).contains("Dear Alex Example,", "Conference date: Monday 21 December 2026", "Time: 14:00",
                "Online: join with this link: https://meet.example.org/cp-2026-1221",
                "Please join at 13:40, 20 minutes before the start",
                "We have arranged: a sign language interpreter (signer); an advocate: an independent person",
                "an accessible room;",
                "The social worker will help Vee share their views with the conference, for example with My "
                        + "Conference Pack")
                .doesNotContain("Place:", "interpreter who speaks", "has been invited too", "large print copies");
        assertThat(stored(ref, DocumentType.INVITATION_AGENCY)).hasSize(4);
        assertThat(stored(ref, DocumentType.REPORT_REQUEST)).hasSize(2)
                .allSatisfy(d -> assertThat(Pdfs.text(d.getContent()))
                        .contains("Online: https://meet.example.org/cp-2026-1221", "Time: 14:00"));
    }

    @Test
    void theChairsAndTheAdministratorsFormsLinkToTheLetters() throws Exception {
        String ref = newCase("Wren");
        Conference conference = invited(ref);
        List<Document> family = stored(ref, DocumentType.INVITATION_FAMILY);
        Participant mother = participant(conference, "Alex Example");

        String invitationLinks = (String) tasks.getVariableLocal(task(ref, "Task_ContactParents").getId(),
                "invitationLinks");
        assertThat(invitationLinks.lines()).containsExactly(
                "- [Invitation for Alex Example (PDF)](/api/documents/" + to(family, mother, false).getId() + ")",
                "- [Invitation for Alex Example, large print (PDF)](/api/documents/" + to(family, mother, true).getId()
                        + ")",
                "- [Invitation for Jordan Example (PDF)](/api/documents/"
                        + to(family, participant(conference, "Jordan Example"), false).getId() + ")",
                "- [Invitation for Wren Okafor (PDF)](/api/documents/"
                        + to(family, participant(conference, "Wren Okafor"), false).getId() + ")");
        List<Document> requests = stored(ref, DocumentType.REPORT_REQUEST);
        String reportLinks = (String) tasks.getVariableLocal(task(ref, "Task_RecordAgencyReports").getId(),
                "reportRequestLinks");
        assertThat(reportLinks.lines()).containsExactly(
                "- [Report request to Police (PDF)](/api/documents/"
                        + to(requests, participant(conference, "Police"), false).getId() + ")",
                "- [Report request to School (PDF)](/api/documents/"
                        + to(requests, participant(conference, "School"), false).getId() + ")",
                "- [Report request to GP (PDF)](/api/documents/"
                        + to(requests, participant(conference, "GP"), false).getId() + ")");
        assertThat(tasks.getVariablesLocal(task(ref, "Task_RecordAgencyReports").getId()))
                .as("what the form already showed").containsKey("agencyOptions").containsEntry("childName",
                        "Wren Okafor");

        // The link opens the letter.
        mvc.perform(signedIn(TestStaff.SOCIAL_WORKER, get("/api/documents/" + to(family, mother, false).getId())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(content().bytes(to(family, mother, false).getContent()));

        // And the forms show the links: a text component templated with the variable, rendered as markdown.
        assertThat(textsOf("forms/contact-parents-before-conference.form")).contains("{{invitationLinks}}");
        assertThat(textsOf("forms/record-agency-reports.form")).contains("{{reportRequestLinks}}");
    }

    private static List<String> textsOf(String form) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(Path.of(form).toFile());
        return tree.get("components").findValues("text").stream().map(JsonNode::asText).toList();
    }

    @Test
    void aReviewConferenceIsExplainedAsAReviewAndItsFormsLinkToItsOwnLetters() {
        String ref = newCase("Yara");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        List<Long> initialLetters = stored(ref, DocumentType.INVITATION_FAMILY).stream().map(Document::getId)
                .toList();
        setToday(LocalDate.of(2027, 3, 8));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                booking(LocalDate.of(2027, 3, 16), TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        Conference review = conferences.ofCase(cases.get(ref).getId()).stream()
                .filter(c -> c.getConferenceType() == ConferenceType.REVIEW).findFirst().orElseThrow();

        List<Document> reviewLetters = stored(ref, DocumentType.INVITATION_FAMILY).stream()
                .filter(d -> review.getId().equals(d.getConferenceId())).toList();
        assertThat(reviewLetters).hasSize(3);
        assertThat(Pdfs.text(to(reviewLetters, participant(review, "Alex Example"), false).getContent())).contains(
                "You are invited to a review child protection conference about Yara Okafor.",
                "Conference date: Tuesday 16 March 2027",
                "This is a review conference: we look together at how the child protection plan is working, and "
                        + "decide whether Yara still needs it.",
                "the Child Protection Plan continues, or it ends",
                "will give you their report by Thursday 11 March 2027");
        assertThat(Pdfs.text(to(stored(ref, DocumentType.INVITATION_AGENCY), participant(review, "Police"), false)
                .getContent())).contains("a review child protection conference",
                        "a plan ends only at a quorate review");
        assertThat(Pdfs.text(to(stored(ref, DocumentType.REPORT_REQUEST), participant(review, "GP"), false)
                .getContent())).contains("by Monday 15 March 2027, the working day before the conference");

        String links = (String) tasks.getVariableLocal(task(ref, "Task_ContactParents").getId(), "invitationLinks");
        assertThat(links.lines()).hasSize(3).allSatisfy(line -> assertThat(initialLetters)
                .noneMatch(id -> line.endsWith("/api/documents/" + id + ")")));
    }

    @Test
    void theSameJobRunAgainStoresNothingNew() {
        String ref = newCase("Xan");
        Conference conference = invited(ref);
        List<Document> before = documents.ofCase(cases.get(ref).getId());
        assertThat(before).hasSize(4 + 5 + 3);
        String conferenceProcess = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("child-protection-conference").singleResult().getId();
        String writeInvitations = history.createHistoricActivityInstanceQuery().processInstanceId(conferenceProcess)
                .activityId("Task_WriteInvitations").singleResult().getId();
        String requestReports = history.createHistoricActivityInstanceQuery().processInstanceId(conferenceProcess)
                .activityId("Task_RequestAgencyReports").singleResult().getId();
        assertThat(before).filteredOn(d -> d.getDocumentType() != DocumentType.REPORT_REQUEST)
                .allSatisfy(d -> assertThat(d.getGenerationKey()).startsWith(writeInvitations + ":participant-"));
        assertThat(before).filteredOn(d -> d.getDocumentType() == DocumentType.REPORT_REQUEST)
                .allSatisfy(d -> assertThat(d.getGenerationKey()).startsWith(requestReports + ":participant-"));

        // What a retried job does: the same activity instance, so the same keys.
        List<Document> again = invitationDocuments.write(conference.getId(), writeInvitations,
                "Task_WriteInvitations");
        List<Document> requestedAgain = reportRequests.requestAndWrite(conference.getId(), requestReports,
                "Task_RequestAgencyReports");

        assertThat(again).extracting(Document::getId).containsExactlyInAnyOrderElementsOf(before.stream()
                .filter(d -> d.getDocumentType() != DocumentType.REPORT_REQUEST).map(Document::getId).toList());
        assertThat(requestedAgain).extracting(Document::getId).containsExactlyInAnyOrderElementsOf(before.stream()
                .filter(d -> d.getDocumentType() == DocumentType.REPORT_REQUEST).map(Document::getId).toList());
        assertThat(documents.ofCase(cases.get(ref).getId())).as("nothing stored twice")
                .extracting(Document::getId).containsExactlyInAnyOrderElementsOf(
                        before.stream().map(Document::getId).toList());

        // A new request (another job) makes version 2 of each letter and keeps version 1.
        List<Document> rewritten = invitationDocuments.write(conference.getId(), "another-request",
                "Task_WriteInvitations");
        assertThat(rewritten).hasSize(9).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(2));
        String links = (String) tasks.getVariableLocal(task(ref, "Task_ContactParents").getId(), "invitationLinks");
        assertThat(links).as("the form, made before, still links version 1")
                .contains("/api/documents/" + to(before, participant(conference, "Alex Example"), false).getId());
    }

    private static Map<String, Object> parentRow(String name, String relationship, String from, String to) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("name", name);
        row.put("relationship", relationship);
        row.put("parentalResponsibility", true);
        row.put("attendsSeparately", from != null);
        row.put("partStarts", from);
        row.put("partEnds", to);
        return row;
    }

    /**
     * Seed 003: "If there are issues of domestic abuse, parents may be invited to attend separately." Each
     * parent's letter gives their own part of the conference and when to arrive for it, never the other's; the
     * professionals' letters list every part, and ask them not to bring the parents together. Parts that would
     * put the parents in the room together are refused, naming them.
     */
    @Test
    void parentsInvitedSeparatelyAreEachToldTheirOwnPartOnly() throws Exception {
        String ref = newCase("Lia");
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("invitedAgencies", uk.gov.childprotection.demo.Submissions.json(List.of("POLICE", "SCHOOL",
                "DOMESTIC_ABUSE_SERVICE")));
        form.put("childInvited", false);
        form.put("childAdvocate", false);

        form.put("parents", uk.gov.childprotection.demo.Submissions.json(List.of(
                parentRow("Alex Example", "MOTHER", "10:00", "11:00"),
                parentRow("Jordan Example", "FATHER", "10:30", "11:30"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref,
                "Task_InviteParticipants", form))
                .hasMessageContaining("parents: Alex Example's part (10:00 to 11:00) overlaps Jordan Example's "
                        + "(10:30 to 11:30): parents who attend separately need parts that do not overlap");
        form.put("parents", uk.gov.childprotection.demo.Submissions.json(List.of(
                parentRow("Alex Example", "MOTHER", "10:00", "11:00"),
                parentRow("Jordan Example", "FATHER", null, null))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref,
                "Task_InviteParticipants", form))
                .hasMessageContaining("give a part to Jordan Example");
        form.put("parents", uk.gov.childprotection.demo.Submissions.json(List.of(
                parentRow("Alex Example", "MOTHER", "10:00", "25:00"),
                parentRow("Jordan Example", "FATHER", "11:15", "11:00"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref,
                "Task_InviteParticipants", form))
                .hasMessageContaining("parents[0].partEnds: The time their part ends: use the 24-hour clock")
                .hasMessageContaining("parents[1].partEnds: The time their part ends must be after the time it "
                        + "starts");
        assertThat(stored(ref, DocumentType.INVITATION_FAMILY)).as("nothing written while refused").isEmpty();

        form.put("parents", uk.gov.childprotection.demo.Submissions.json(List.of(
                parentRow("Alex Example", "MOTHER", "10:00", "11:00"),
                parentRow("Jordan Example", "FATHER", "11.15", "12:15"))));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", form);
        Conference conference = conferences.ofCase(cases.get(ref).getId()).get(0);
        Participant mother = participant(conference, "Alex Example");
        Participant father = participant(conference, "Jordan Example");

        List<Document> family = stored(ref, DocumentType.INVITATION_FAMILY);
        String toMother = Pdfs.text(to(family, mother, false).getContent());
        assertThat(toMother).contains("Conference date: Monday 21 December 2026",
                "Your part of the conference: 10:00 to 11:00", "Attending separately",
                "You are invited to attend separately from the other parents and carers. Your part of the "
                        + "conference is from 10:00 to 11:00.",
                "will not be there during yours", "Please arrive at 09:40")
                .doesNotContain("11:15", "12:15", "Time: 10:00");
        String toFather = Pdfs.text(to(family, father, false).getContent());
        assertThat(toFather).contains("Your part of the conference: 11:15 to 12:15",
                "Your part of the conference is from 11:15 to 12:15.", "Please arrive at 10:55")
                .doesNotContain("10:00 to 11:00", "Time: 10:00");

        String toPolice = Pdfs.text(to(stored(ref, DocumentType.INVITATION_AGENCY),
                participant(conference, "Police"), false).getContent());
        assertThat(toPolice).contains("Time: 10:00", "Parents attending separately",
                "Alex Example (mother): 10:00 to 11:00", "Jordan Example (father): 11:15 to 12:15",
                "Do not tell one parent when another is coming");
        String requestToSchool = Pdfs.text(to(stored(ref, DocumentType.REPORT_REQUEST),
                participant(conference, "School"), false).getContent());
        assertThat(requestToSchool).contains("Alex Example (mother): 10:00 to 11:00",
                "Jordan Example (father): 11:15 to 12:15");

        // Rearranged to start at 14:00, each part keeps its place in the meeting; the new letters say so.
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.post("/api/cases/" + ref + "/conferences/" + conference.getId()
                                + "/rearrangements")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"conferenceDate\": \"2026-12-22\", \"conferenceTime\": \"23:00\", "
                                + "\"venue\": \"Room 3\", \"reason\": \"The room is needed.\", "
                                + "\"askedBy\": \"CHAIR\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "starting at 23:00, Alex Example's part of the conference would run past midnight")));
        mvc.perform(signedIn(TestStaff.ADMINISTRATOR, org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.post("/api/cases/" + ref + "/conferences/" + conference.getId()
                                + "/rearrangements")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"conferenceDate\": \"2026-12-22\", \"conferenceTime\": \"14:00\", "
                                + "\"venue\": \"Room 3\", \"reason\": \"The room is needed.\", "
                                + "\"askedBy\": \"CHAIR\"}")))
                .andExpect(status().isCreated());
        Document rearranged = stored(ref, DocumentType.INVITATION_FAMILY).stream()
                .filter(d -> mother.getId().equals(d.getParticipantId()) && d.getVersion() == 2 && !d.isLargePrint())
                .findFirst().orElseThrow();
        assertThat(Pdfs.text(rearranged.getContent())).contains("This conference has been rearranged",
                "Your part of the conference: 14:00 to 15:00", "Please arrive at 13:40")
                .doesNotContain("15:15");

        JsonNode summary = new ObjectMapper().readTree(mvc.perform(signedIn(TestStaff.SOCIAL_WORKER,
                        get("/api/cases/" + ref)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> parts = new java.util.ArrayList<>();
        summary.at("/conferences/0/participants").forEach(p -> {
            if (p.path("kind").asText().equals("PARENT")) {
                parts.add(p.path("separatePart").asText());
            }
        });
        assertThat(parts).containsExactly("14:00 to 15:00", "15:15 to 16:15");
    }
}
