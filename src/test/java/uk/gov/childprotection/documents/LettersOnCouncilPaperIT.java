package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.childprotection.demo.Submissions.booking;
import static uk.gov.childprotection.demo.Submissions.conferenceRecord;
import static uk.gov.childprotection.demo.Submissions.invitations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.AgencyContactRepository;
import uk.gov.childprotection.conference.AgencyDirectory;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.family.FamilyService;
import uk.gov.childprotection.family.PersonDetails;
import uk.gov.childprotection.family.Relationship;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Letters on the council's paper, read with PDFBox as their reader would: the council's name, logo, address and
 * contact details (the cpc.council settings), the addressee's own address block, the social worker's and the
 * Chair's phone and email from the staff directory, page numbers, and a file name per recipient.
 */
class LettersOnCouncilPaperIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired FamilyService families;
    @Autowired AgencyDirectory directory;
    @Autowired AgencyContactRepository directoryEntries;

    private void staffDirectory() {
        staff.setPhone(TestStaff.SOCIAL_WORKER, "01865 815000");
        staff.setPhone(TestStaff.CHAIR, "01865 815111");
        for (String id : List.of(TestStaff.SOCIAL_WORKER, TestStaff.CHAIR)) {
            var user = identity.createUserQuery().userId(id).singleResult();
            user.setEmail(id + "@council.example");
            identity.saveUser(user);
        }
    }

    private byte[] pdf(Document document) {
        return documents.get(document.getId()).getContent();
    }

    @Test
    void theLettersCarryTheCouncilTheAddresseeTheContactsAndPageNumbersUnderAFileNameEach() throws Exception {
        staffDirectory();
        directoryEntries.deleteById(Agency.POLICE);
        directory.save(new AgencyDirectory.Entry(Agency.POLICE, "Public Protection Unit", null,
                "St Aldates Police Station\nOxford OX1 1SZ", null), TestStaff.ADMINISTRATOR);
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails("Ines", "Paperwell",
                LocalDate.of(2015, 3, 14), Gender.FEMALE, "7 Canal Walk, Exampleton EX3 3CC", "English"),
                STRATEGY_DAY, ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER,
                TestStaff.TEAM_MANAGER, null)).getReference();
        var child = cases.get(ref).getChild();
        // The mother's own address, kept with the household's people (the father's is not known).
        families.addPerson(child.getFamilyId(), new PersonDetails("Alex Example", null, null,
                "12 Mill Lane\nExampleton EX4 4DD", null, false, false, false, false),
                Map.of(child.getId(), new FamilyService.Responsibility(Relationship.MOTHER, true)),
                java.time.Instant.now());
        ConferenceWalk.toInitialConference(this, ref, STRATEGY_DAY);
        complete(TestStaff.ADMINISTRATOR, ref, "Task_BookConference", booking(CONFERENCE_DAY, TestStaff.CHAIR));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_InviteParticipants", invitations("POLICE", "SCHOOL", "GP"));
        Long conferenceId = conferences.ofCase(cases.get(ref).getId()).get(0).getId();
        var invited = conferences.participants(conferenceId);
        Long alex = invited.stream().filter(p -> p.getName().equals("Alex Example")).findFirst().orElseThrow()
                .getId();
        Long police = invited.stream().filter(p -> p.getAgency() == Agency.POLICE
                && p.getKind() == uk.gov.childprotection.conference.Participant.Kind.AGENCY).findFirst()
                .orElseThrow().getId();
        List<Document> invitationsWritten = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.INVITATION_FAMILY
                        || d.getDocumentType() == DocumentType.INVITATION_AGENCY).toList();

        Document toAlex = invitationsWritten.stream().filter(d -> alex.equals(d.getParticipantId())
                && !d.isLargePrint()).findFirst().orElseThrow();
        byte[] alexPdf = pdf(toAlex);
        String letter = Pdfs.text(alexPdf);
        assertThat(letter).as("the council's identity, from its settings")
                .contains("Example County Council", "Child Protection and Review Unit", "County Hall",
                        "Exampleton EX1 1AA", "Phone: 01234 567890",
                        "Email: childprotection.conferences@council.example");
        assertThat(letter).as("the address block").contains("Alex Example 12 Mill Lane Exampleton EX4 4DD");
        assertThat(letter).as("the named contacts from the staff directory")
                .contains("Sam Worker, social worker Phone 01865 815000, email " + TestStaff.SOCIAL_WORKER
                        + "@council.example")
                .contains("Chris Chair, Child Protection Chair Phone 01865 815111, email " + TestStaff.CHAIR
                        + "@council.example");
        int pages = Pdfs.pages(alexPdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(letter).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        assertThat(hasImage(alexPdf)).as("the council's logo").isTrue();
        Pdfs.assertAccessible(alexPdf, "Invitation");

        Document toPolice = invitationsWritten.stream().filter(d -> police.equals(d.getParticipantId()))
                .findFirst().orElseThrow();
        assertThat(Pdfs.text(pdf(toPolice))).as("an agency at its team's address in the agency directory")
                .contains("Public Protection Unit, Police St Aldates Police Station Oxford OX1 1SZ");

        // The decision letters: one per parent, each under its own name.
        complete(TestStaff.SOCIAL_WORKER, ref, "Task_ShareSocialWorkerReport",
                uk.gov.childprotection.demo.Submissions.reportShared(today()));
        complete(TestStaff.CHAIR, ref, "Task_ContactParents", uk.gov.childprotection.demo.Submissions.chairContact(today()));
        complete(TestStaff.ADMINISTRATOR, ref, "Task_RecordAgencyReports",
                uk.gov.childprotection.demo.Submissions.agencyReports("POLICE", "SCHOOL"));
        setToday(CONFERENCE_DAY);
        complete(TestStaff.CHAIR, ref, "Task_HoldConference", conferenceRecord(CONFERENCE_DAY,
                "CHILD_PROTECTION_PLAN", TestStaff.SOCIAL_WORKER, LocalDate.of(2027, 3, 19), "NEGLECT"));
        List<Document> decisionLetters = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.DECISION_LETTER && !d.isLargePrint()).toList();
        assertThat(decisionLetters).hasSize(2);
        assertThat(decisionLetters).extracting(d -> documents.fileName(d, ref)).containsExactlyInAnyOrder(
                ref + "-decision-letter-alex-example-v1.pdf", ref + "-decision-letter-jordan-example-v1.pdf");
        Document toJordan = decisionLetters.stream().filter(d -> !alex.equals(d.getParticipantId())).findFirst()
                .orElseThrow();
        String jordanLetter = Pdfs.text(pdf(toJordan));
        assertThat(jordanLetter).contains("Example County Council", "Dear Jordan Example",
                "Sam Worker, social worker Phone 01865 815000");
        assertThat(jordanLetter).as("no address known for him: his name alone, never another's address")
                .doesNotContain("12 Mill Lane");
        Pdfs.assertAccessible(pdf(toJordan), "Letter");
        directoryEntries.deleteById(Agency.POLICE);
    }

    private static boolean hasImage(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    return true;
                }
            }
            return false;
        }
    }
}
