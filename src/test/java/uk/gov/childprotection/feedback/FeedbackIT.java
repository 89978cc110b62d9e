package uk.gov.childprotection.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.childprotection.support.TestStaff.signedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
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
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Delivery;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.support.ConferenceWalk;
import uk.gov.childprotection.support.Pdfs;
import uk.gov.childprotection.support.ProcessTestSupport;
import uk.gov.childprotection.support.TestStaff;

/**
 * Feedback after each conference (seed 003): each parent and the invited child get a letter with their own link,
 * sent with the record; they answer on a page without signing in, once, while the link is open; service managers
 * read the answers for a period, without names.
 */
@AutoConfigureMockMvc
class FeedbackIT extends ProcessTestSupport {

    private static final LocalDate CONFERENCE_DAY = LocalDate.of(2026, 12, 21);
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/feedback/([A-Za-z0-9_-]{22})");

    @Autowired ChildCaseService cases;
    @Autowired ConferenceService conferences;
    @Autowired DocumentService documents;
    @Autowired SendingService sendings;
    @Autowired FeedbackAnswerRepository answers;
    @Autowired MockMvc mvc;

    private static int children;

    private String heldConference(String given) {
        String ref = cases.openCase(new NewReferral(new NewReferral.ChildDetails(given, "Feedwell",
                LocalDate.of(2013, 3, 3).plusDays(children++), Gender.FEMALE, null, "English"), STRATEGY_DAY,
                ReferralSource.SCHOOL, "Concerns", List.of(), TestStaff.SOCIAL_WORKER, TestStaff.TEAM_MANAGER, null))
                .getReference();
        ConferenceWalk.toPlan(this, ref, STRATEGY_DAY, CONFERENCE_DAY, LocalDate.of(2027, 3, 19));
        return ref;
    }

    private static String token(String letter) {
        Matcher link = LINK.matcher(letter.replaceAll("\\s+", ""));
        assertThat(link.find()).as("the letter gives the link").isTrue();
        return link.group(1);
    }

    @Test
    void eachParentAndTheChildAreAskedWithTheRecordAnswerOnceAndManagersReadItWithoutNames() throws Exception {
        String ref = heldConference("Una");
        Conference conference = conferences.ofCase(cases.get(ref).getId()).get(0);
        List<Participant> family = conferences.participants(conference.getId()).stream()
                .filter(p -> p.getKind() == Participant.Kind.PARENT || p.getKind() == Participant.Kind.CHILD)
                .toList();
        assertThat(family).extracting(Participant::getName)
                .containsExactly("Alex Example", "Jordan Example", "Una Feedwell");

        List<Document> letters = documents.ofCase(cases.get(ref).getId()).stream()
                .filter(d -> d.getDocumentType() == DocumentType.FEEDBACK_REQUEST && !d.isLargePrint())
                // In the order of the people asked (the case's documents come in no set order within a type).
                .sorted(java.util.Comparator.comparing(Document::getParticipantId)).toList();
        assertThat(letters).extracting(Document::getParticipantId)
                .containsExactlyElementsOf(family.stream().map(Participant::getId).toList());
        Document toMother = letters.get(0);
        Pdfs.assertAccessible(toMother.getContent(), DocumentType.FEEDBACK_REQUEST.title());
        String mothers = Pdfs.text(toMother.getContent());
        assertThat(mothers).contains("Dear Alex Example,", "Thank you for your part in the initial child "
                        + "protection conference on Monday 21 December 2026.",
                "What you tell us will not change what the conference decided.", "without your name",
                "You can answer until Monday 18 January 2027.",
                "Did you understand why the conference was being held?", "on paper or over the phone");
        String childs = Pdfs.text(letters.get(2).getContent());
        assertThat(childs).contains("Dear Una Feedwell,", "Did people listen to what you think?",
                "even if you did not come").doesNotContain("Did you feel listened to");
        String mothersToken = token(mothers);
        assertThat(token(Pdfs.text(letters.get(1).getContent()))).as("a link of their own").isNotEqualTo(mothersToken);

        // The letter goes to each of them with the record and the decision letter.
        Sending record = sendings.ofCase(cases.get(ref).getId()).stream()
                .filter(s -> s.getPurpose() == Sending.Purpose.CONFERENCE_RECORD).findFirst().orElseThrow();
        Delivery toHer = sendings.deliveries(record.getId()).stream()
                .filter(d -> d.getParticipantId().equals(family.get(0).getId())).findFirst().orElseThrow();
        assertThat(toHer.getDocumentIds()).contains(toMother.getId());

        // The page, without signing in: the questions, and nothing of the family.
        String page = mvc.perform(get("/feedback/" + mothersToken)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tell us what you thought of the conference",
                "The initial child protection conference on Monday 21 December 2026.",
                "Did you see the reports before the conference?")
                .doesNotContain("Alex", "Una", "Feedwell", ref);
        mvc.perform(get("/feedback/not-a-link")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("This link does not work")));

        long before = answers.count();
        mvc.perform(post("/feedback/" + mothersToken).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("understood", "MAYBE").param("wentWell", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("choose yes, partly or no")))
                .andExpect(content().string(Matchers.containsString("write at most 2000 characters")));
        mvc.perform(post("/feedback/" + mothersToken).contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("answer at least one question")));
        assertThat(answers.count()).as("nothing kept while refused").isEqualTo(before);

        mvc.perform(post("/feedback/" + mothersToken).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("understood", "YES").param("listenedTo", "PARTLY").param("reportsBefore", "NO")
                        .param("couldBeBetter", "The police report came the night before."))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Thank you")));
        mvc.perform(post("/feedback/" + mothersToken).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("understood", "NO"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("You have already answered")));
        String childsToken = token(childs);
        mvc.perform(post("/feedback/" + childsToken).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("listenedTo", "YES").param("wentWell", "My advocate read out what I wrote."))
                .andExpect(status().isOk());

        // What came back holds no name, case or conference.
        List<FeedbackAnswer> kept = answers.findAll(org.springframework.data.domain.Sort.by("id"))
                .subList((int) before, (int) answers.count());
        assertThat(kept).extracting(FeedbackAnswer::getRespondent)
                .containsExactly(FeedbackAnswer.Respondent.PARENT, FeedbackAnswer.Respondent.CHILD);
        assertThat(kept.get(0).getReportsBefore()).isEqualTo(FeedbackAnswer.Choice.NO);
        assertThat(kept).extracting(FeedbackAnswer::getAnsweredInMonth).containsOnly(LocalDate.of(2026, 12, 1));

        // The father's link closes 28 days after the letter.
        setToday(CONFERENCE_DAY.plusDays(29));
        mvc.perform(get("/feedback/" + token(Pdfs.text(letters.get(1).getContent()))))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("It was open until Monday 18 January 2027")));

        // Service managers read the period's answers, counted, and the comments without names; nobody else.
        String period = "/api/feedback?from=2026-12-01&to=2026-12-31";
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get(period))).andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.answers.reportsBefore.NO").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.comments[*].couldBeBetter",
                        Matchers.hasItem("The police report came the night before.")))
                .andExpect(jsonPath("$.comments[*].month", Matchers.hasItem("2026-12")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Alex"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(ref))));
        for (String other : List.of(TestStaff.TEAM_MANAGER, TestStaff.SOCIAL_WORKER, TestStaff.CHAIR)) {
            mvc.perform(signedIn(other, get(period))).andExpect(status().isForbidden());
        }
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/feedback?from=2026-12-31&to=2026-12-01")))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("to")));
        mvc.perform(signedIn(TestStaff.SERVICE_MANAGER, get("/api/feedback?from=31/12/2026&to=2027-01-31")))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("from")));
    }
}
