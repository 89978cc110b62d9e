package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.amendment.AmendmentService;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.PdfUa;
import uk.gov.childprotection.support.PlanWalk;
import uk.gov.childprotection.complaint.ComplaintService;
import uk.gov.childprotection.conference.SupporterRequest;
import uk.gov.childprotection.conference.SupporterService;
import uk.gov.childprotection.recording.RecordingService;
import uk.gov.childprotection.support.PlanWalk.Action;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The README promises PDF/UA for every document: one case walked through the real processes until it has one of
 * each DocumentType (invitations, report requests, the record and the parents' copy without its confidential
 * part, decision letters, the answer to an amendment request, the letters of a complaint's four steps, the answer to a request for the recording, the Chair's answer about a supporter, core group minutes, the transfer pack and the
 * plan-end letter), and every document it has checked by veraPDF against PDF/UA-1.
 */
class EveryDocumentIsPdfUaIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired AgencyReportDocuments agencyReports;
    @Autowired ChildCaseService cases;
    @Autowired DocumentService documents;
    @Autowired AmendmentService amendments;
    @Autowired PlanEndingService endings;
    @Autowired ComplaintService complaints;
    @Autowired RecordingService recordings;
    @Autowired SupporterService supporters;
    @Autowired uk.gov.childprotection.conference.ConferenceService conferences;

    @Test
    void everyDocumentTypePassesVeraPdfsPdfUa1Check() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Uma", "Access",
                LocalDate.of(2016, 1, 12), Gender.FEMALE, "3 Canal Walk, Leeds LS1 4AB", "English"), STRATEGY_DAY,
                ReferralSource.HEALTH, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(CONFERENCE_DAY, TestStaff.CHAIR));
        ConferenceWalk.prepare(this, ref);
        // The police's report, as an agency worker writes it in the system.
        Long invitedTo = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        Long police = conferences.participants(invitedTo).stream().filter(p -> p.getName().equals("Police"))
                .findFirst().orElseThrow().getId();
        agencyReports.write(invitedTo, police, "Pat Police", "Detective Constable", Map.of(
                uk.gov.childprotection.conference.ReportHeading.INVOLVEMENT, "Called to the home on 1 December.",
                uk.gov.childprotection.conference.ReportHeading.SCALING, "5 out of 10.\n\nThe mother acts protectively."),
                "pdf-ua:agency-report");
        // A parent's supporter, agreed by the Chair before the conference.
        supporters.request(ref, new SupporterService.NewRequest(
                conferences.ofCase(cases.get(ref).getId()).get(0).getId(), "Alex Example", "Sam Friend",
                SupporterRequest.Role.FRIEND_OR_RELATIVE, today()), TestStaff.SOCIAL_WORKER);
        complete(TestStaff.CHAIR, ref, "Task_DecideSupporter", Map.of("supporterDecision", "AGREED"));
        setToday(CONFERENCE_DAY);
        Map<String, Object> record = new HashMap<>(conferenceRecord(CONFERENCE_DAY, "CHILD_PROTECTION_PLAN",
                TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        record.put("confidentialPart", true);
        record.put("confidentialPartReason", "The police shared information about an ongoing investigation.");
        record.put("confidentialPartSummary", "DS Khan described the stage of the criminal investigation.");
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", record);
        postCopies(ref);

        setToday(LocalDate.of(2026, 12, 22));
        amendments.request(ref, new AmendmentService.NewRequest(null, "Jordan Example", LocalDate.of(2026, 12, 22),
                "The record says I was not at home; I was."), TestStaff.ADMINISTRATOR);
        Map<String, Object> refused = new HashMap<>();
        refused.put("amendmentDecision", "REFUSED");
        refused.put("decisionReason", "The visit notes show nobody answered the door.");
        complete(TestStaff.CHAIR, ref, "Task_DecideAmendment", refused);

        // A disagreement taken all the way: a letter at each of its four steps.
        complaints.raise(ref, new ComplaintService.NewComplaint(null, "Alex Example", LocalDate.of(2026, 12, 22),
                "The plan is unfair.", null), TestStaff.SOCIAL_WORKER);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_TalkWithParent", Map.of("conversationDate", "2026-12-22",
                "conversationNotes", "We talked it through.", "conversationOutcome", "STILL_UNHAPPY"));
        complete(TestStaff.CHAIR, ref, "Task_HoldInformalMeeting", Map.of("meetingDate", "2026-12-22",
                "meetingNotes", "We met.", "meetingOutcome", "FORMAL_COMPLAINT"));
        complete(TestStaff.CHAIR, ref, "Task_RecordFormalComplaint", Map.of("complaintReceivedDate", "2026-12-22",
                "complaintMadeTo", "CHAIR", "complaintAbout", "CONFERENCE", "complaintText", "Unfair."));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordComplaintPanel", Map.of("panelDate", "2026-12-22",
                "panelHealth", "Dr A", "panelPolice", "DI B", "panelEducation", "Ms C", "panelSocialCare", "Mr D",
                "panelFindings", "Properly decided.", "panelRecommendation", "NO_CHANGE"));

        // The conference's recording, and a parent's request for it, agreed.
        Long conferenceId = conferences.findLatestDecided(cases.get(ref).getId()).orElseThrow().getId();
        recordings.storeReference(ref, conferenceId, "qa-store://2026/12/21.mp3", "0".repeat(64),
                TestStaff.ADMINISTRATOR);
        recordings.request(ref, new RecordingService.NewAudioRequest(null, "Alex Example", LocalDate.of(2026, 12, 22),
                null), TestStaff.ADMINISTRATOR);
        complete(TestStaff.SERVICE_MANAGER, ref, "Task_DecideAudioRequest", Map.of("audioDecision", "RELEASE",
                "audioDecisionReason", "It is your conference."));
        complete(TestStaff.SERVICE_MANAGER, ref, "Task_RecordAudioRelease", Map.of("releasedDate", "2026-12-22",
                "releasedHow", "ENCRYPTED_MEDIA"));

        LocalDate visit = LocalDate.of(2027, 1, 4);
        setToday(visit);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_RecordStatutoryVisit",
                PlanWalk.visit(visit, true, true, "The home was cold.", null));
        LocalDate meeting = LocalDate.of(2027, 1, 5);
        setToday(meeting);
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_HoldCoreGroupMeeting", PlanWalk.meeting(meeting,
                "Sam Worker, Alex Example", "Plan agreed.", new Action(null, "Get the heating repaired",
                        "Housing officer", LocalDate.of(2027, 1, 29), "The home is warm at every visit.", "ON_TRACK")));

        LocalDate told = LocalDate.of(2027, 1, 11);
        setToday(told);
        endings.report(ref, CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL, told, "Derby City Council",
                TestStaff.SOCIAL_WORKER);
        runAsyncJobs(ref);
        Map<String, Object> sent = new HashMap<>();
        sent.put("packSentDate", told.toString());
        sent.put("transferNotes", "Sent to the Derby conference team.");
        complete(TestStaff.ADMINISTRATOR, ref, "Task_SendTransferPack", sent);
        LocalDate held = LocalDate.of(2027, 1, 25);
        setToday(held);
        endings.report(ref, CaseEvent.Kind.TRANSFER_IN_CONFERENCE_HELD, held, "Held by Derby", null);
        runAsyncJobs(ref);

        List<Document> all = documents.ofCase(cases.get(ref).getId());
        Set<DocumentType> made = EnumSet.noneOf(DocumentType.class);
        all.forEach(d -> made.add(d.getDocumentType()));
        assertThat(made).as("one of each document type").containsExactlyInAnyOrder(DocumentType.values());

        List<String> failures = new ArrayList<>();
        for (Document document : all) {
            List<String> failed = PdfUa.failures(document.getContent());
            if (!failed.isEmpty()) {
                failures.add(document.getDocumentType() + " v" + document.getVersion()
                        + (document.isLargePrint() ? " (large print)" : "") + ":\n    " + String.join("\n    ", failed));
            }
        }
        assertThat(failures).as("PDF/UA-1 rules failed, by veraPDF:\n" + String.join("\n", failures)).isEmpty();
    }
}
