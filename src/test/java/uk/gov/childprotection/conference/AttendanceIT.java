package uk.gov.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * The Chair's form shows the booking, the reports and everyone invited, and records each person present, absent,
 * or asked to leave for the confidential part: so the father who left is told so, and the mother who stayed is
 * not. A record held on another day than the one booked needs the Chair's reason.
 */
class AttendanceIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;

    /** The Chair's record, with attendance marked row by row on the rows the form opened with. */
    private Map<String, Object> record(String taskId, LocalDate held, Map<String, String> marks) {
        Map<String, Object> form = conferenceRecord(held, "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER,
                LocalDate.of(2027, 3, 19), "NEGLECT");
        for (String old : List.of("agenciesAttended", "parentsAttended", "childAttended", "confidentialPart",
                "scaling", "coreGroup")) {
            form.remove(old);
        }
        // Each person's score against them, as the form's rows give it (blank for those who gave none).
        List<Map<String, Object>> scores = new ArrayList<>();
        ((SpinJsonNode) tasks.getVariable(taskId, "scores")).elements().forEach(row -> {
            String who = row.prop("who").stringValue();
            Map<String, Object> scored = new LinkedHashMap<>(Map.of("who", who));
            if (who.equals("Alex Example")) {
                scored.put("score", 6);
            } else if (who.equals("Police")) {
                scored.put("score", 3);
            }
            scores.add(scored);
        });
        form.put("scores", SpinValues.jsonValue(Spin.JSON(scores)).create());
        // The core group as the form opens it, less the GP, and a family friend added.
        List<Map<String, Object>> members = new ArrayList<>();
        ((SpinJsonNode) tasks.getVariable(taskId, "coreGroupMembers")).elements().forEach(row -> {
            if (!row.prop("name").stringValue().equals("GP")) {
                members.add(new LinkedHashMap<>(Map.of("name", row.prop("name").stringValue(),
                        "role", row.prop("role").stringValue())));
            }
        });
        members.add(new LinkedHashMap<>(Map.of("name", "Pat Friend", "role", "Family friend")));
        form.put("coreGroupMembers", SpinValues.jsonValue(Spin.JSON(members)).create());
        SpinJsonNode shown = (SpinJsonNode) tasks.getVariable(taskId, "attendance");
        List<Map<String, Object>> rows = new ArrayList<>();
        shown.elements().forEach(row -> {
            Map<String, Object> marked = new LinkedHashMap<>();
            String who = row.prop("who").stringValue();
            marked.put("who", who);
            marked.put("invitedAs", row.prop("invitedAs").stringValue());
            marked.put("attendance", marks.getOrDefault(who, "PRESENT"));
            rows.add(marked);
        });
        form.put("attendance", SpinValues.jsonValue(Spin.JSON(rows)).create());
        form.put("confidentialPartReason", "The police shared an investigation the father is not yet told of.");
        form.put("confidentialPartSummary", "The police described the investigation.");
        return form;
    }

    private static Map<String, Object> parentRow(String name, String relationship, String address) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("relationship", relationship);
        row.put("parentalResponsibility", true);
        row.put("address", address);
        row.put("needsSigner", false);
        row.put("largePrint", false);
        return row;
    }

    @Test
    void asManyParentsAndProfessionalsAsThereAreAreInvitedAsRowsEachAgencyChosen() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ivo", "Manyrows",
                LocalDate.of(2015, 5, 5), Gender.MALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference",
                uk.gov.childprotection.demo.Submissions.booking(CONFERENCE_DAY, TestStaff.CHAIR));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("invitedAgencies", uk.gov.childprotection.demo.Submissions.json(List.of("POLICE", "SCHOOL", "GP")));
        // Four parents and carers: one more than the form's old slots held.
        form.put("parents", uk.gov.childprotection.demo.Submissions.json(List.of(
                parentRow("Ana Manyrows", "MOTHER", "3 Mill Lane\nExampleton EX5 5EE"),
                parentRow("Ben Manyrows", "FATHER", null),
                parentRow("Cy Stepwell", "STEP_PARENT", null),
                parentRow("Di Carewell", "CARER", "9 Elm Road, Exampleton EX6 6FF"),
                new LinkedHashMap<>(Map.of("name", "", "email", "")))));
        form.put("childInvited", false);
        form.put("childAdvocate", false);
        form.put("professionals", uk.gov.childprotection.demo.Submissions.json(List.of(
                Map.of("name", "Mrs P Green", "agency", "SCHOOL", "email", "p.green@exampleton.sch.uk"),
                Map.of("name", "Dr Q Hale", "agency", "LIBRARY", "email", "not an address"))));
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", form))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("professionals[1].agency: 'LIBRARY' is not one of");
        form.put("professionals", uk.gov.childprotection.demo.Submissions.json(List.of(
                Map.of("name", "Dr Q Hale", "agency", "GP", "email", "not an address"))));
        assertThatThrownBy(() -> complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", form))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("professionals[0].email: must be an email address");
        form.put("professionals", uk.gov.childprotection.demo.Submissions.json(List.of(
                Map.of("name", "Mrs P Green", "agency", "SCHOOL", "email", "p.green@exampleton.sch.uk"),
                Map.of("name", "Dr Q Hale", "agency", "GP", "email", ""))));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", form);

        Long conferenceId = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        List<Participant> invited = conferences.participants(conferenceId);
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.PARENT).extracting(Participant::getName)
                .containsExactly("Ana Manyrows", "Ben Manyrows", "Cy Stepwell", "Di Carewell");
        assertThat(invited).filteredOn(p -> p.getKind() == Participant.Kind.PROFESSIONAL)
                .extracting(Participant::getName, Participant::getAgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mrs P Green", Agency.SCHOOL),
                        org.assertj.core.groups.Tuple.tuple("Dr Q Hale", Agency.GP));
        // Each parent's own address, on their own letter.
        Long di = invited.stream().filter(p -> p.getName().equals("Di Carewell")).findFirst().orElseThrow().getId();
        String toDi = Pdfs.text(documents.get(documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.INVITATION_FAMILY && di.equals(d.getParticipantId()))
                .findFirst().orElseThrow().getId()).getContent());
        assertThat(toDi).contains("Di Carewell 9 Elm Road Exampleton EX6 6FF");
    }

    @Test
    void eachPersonIsMarkedAndOnlyTheParentWhoLeftIsToldSo() {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Orla", "Roll",
                LocalDate.of(2016, 1, 20), Gender.FEMALE, null, "English"), STRATEGY_DAY.minusDays(1),
                ReferralSource.POLICE, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        ConferenceWalk.bookAndPrepare(this, ref, CONFERENCE_DAY);
        setToday(CONFERENCE_DAY);
        String taskId = task(ref, "Task_HoldConference").getId();
        assertThat(tasks.getVariable(taskId, "bookingSummary"))
                .isEqualTo("Booked for **Monday 21 December 2026** at 10:00, Room 2, County Hall.");
        assertThat(tasks.getVariable(taskId, "reportsReceived").toString())
                .contains("- Police: report received", "- GP: no report received");
        SpinJsonNode shown = (SpinJsonNode) tasks.getVariable(taskId, "attendance");
        List<String> invited = new ArrayList<>();
        shown.elements().forEach(row -> invited.add(row.prop("who").stringValue() + " / "
                + row.prop("invitedAs").stringValue()));
        assertThat(invited).contains("Alex Example / Mother", "Jordan Example / Father", "Police / Agency",
                "Mrs P Green / School");
        Map<String, String> marks = Map.of("Jordan Example", "LEFT_FOR_CONFIDENTIAL_PART", "GP", "ABSENT",
                "Orla Roll", "ABSENT");

        // Recorded as held three days before its booking, without a word why: refused, the booking named.
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference",
                record(taskId, CONFERENCE_DAY.minusDays(3), marks)))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("heldDateReason: the conference was booked for Monday 21 December 2026: say "
                        + "why it was held on Friday 18 December 2026 instead");
        // A social worker cannot be asked to leave: only a parent or carer.
        assertThatThrownBy(() -> complete(TestStaff.CHAIR, ref, "Task_HoldConference",
                record(taskId, CONFERENCE_DAY, Map.of("Children's social care", "LEFT_FOR_CONFIDENTIAL_PART"))))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("only a parent or carer is asked to leave for the confidential part");

        complete(TestStaff.CHAIR, ref, "Task_HoldConference", record(taskId, CONFERENCE_DAY, marks));

        Conference held = conferences.ofCase(cases.get(ref).getId()).get(0);
        assertThat(held.getAgenciesAttended()).contains(Agency.SOCIAL_CARE, Agency.POLICE, Agency.SCHOOL)
                .doesNotContain(Agency.GP);
        assertThat(held.getParentsAttended()).isTrue();
        assertThat(held.getChildAttended()).isFalse();
        assertThat(held.hadConfidentialPart()).isTrue();
        assertThat(conferences.participants(held.getId())).filteredOn(p -> p.getName().equals("Jordan Example"))
                .singleElement().extracting(Participant::getAttendance)
                .isEqualTo(Attendance.LEFT_FOR_CONFIDENTIAL_PART);

        var letters = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.DECISION_LETTER && !d.isLargePrint()).toList();
        Long jordan = conferences.participants(held.getId()).stream()
                .filter(p -> p.getName().equals("Jordan Example")).findFirst().orElseThrow().getId();
        String toJordan = Pdfs.text(documents.get(letters.stream().filter(d -> jordan.equals(d.getParticipantId()))
                .findFirst().orElseThrow().getId()).getContent());
        String toAlex = Pdfs.text(documents.get(letters.stream().filter(d -> !jordan.equals(d.getParticipantId()))
                .findFirst().orElseThrow().getId()).getContent());
        assertThat(toJordan).contains("You were asked to leave for part of the meeting");
        assertThat(toAlex).doesNotContain("You were asked to leave").contains("Part of the meeting was confidential");
        String record = Pdfs.text(documents.get(documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.CONFERENCE_RECORD).findFirst().orElseThrow()
                .getId()).getContent());
        assertThat(record).contains("Jordan Example: Present, and asked to leave for the confidential part",
                "Alex Example: Present", "GP: Absent");
        assertThat(conferences.scaling(held.getId())).extracting(ScalingScore::getParticipant, ScalingScore::getScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alex Example", 6),
                        org.assertj.core.groups.Tuple.tuple("Police", 3));
        assertThat(conferences.coreGroup(held.getId())).extracting(CoreGroupMember::getName)
                .contains("Sam Worker", "Alex Example", "Jordan Example", "Police", "Pat Friend")
                .doesNotContain("GP");
    }
}
