package uk.gov.childprotection.feedback;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Participant;

/**
 * Feedback after each conference (seed 003: "Following the conference, you will be asked to complete a conference
 * feedback form"). Each parent or carer and each child invited is asked once per conference, by a letter with a
 * link of their own; what comes back is kept without names, and managers read it per period.
 */
@Service
public class FeedbackService {

    /** The questions, in the order the page asks them: the field's name and the words a parent reads. */
    public static final Map<String, String> QUESTIONS = questions();
    /** The same questions in the words a child reads. */
    public static final Map<String, String> QUESTIONS_FOR_A_CHILD = questionsForAChild();
    static final int COMMENT_LIMIT = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackRequestRepository requests;
    private final FeedbackAnswerRepository answers;
    private final ConferenceService conferences;
    private final TimescaleSettings timescales;
    private final Today today;

    FeedbackService(FeedbackRequestRepository requests, FeedbackAnswerRepository answers,
            ConferenceService conferences, TimescaleSettings timescales, Today today) {
        this.requests = requests;
        this.answers = answers;
        this.conferences = conferences;
        this.timescales = timescales;
        this.today = today;
    }

    private static Map<String, String> questions() {
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("understood", "Did you understand why the conference was being held?");
        questions.put("listenedTo", "Did you feel listened to at the conference?");
        questions.put("reportsBefore", "Did you see the reports before the conference?");
        questions.put("helpedToTakePart", "Were you given the help you needed to take part?");
        return java.util.Collections.unmodifiableMap(questions);
    }

    private static Map<String, String> questionsForAChild() {
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("understood", "Did you know why the meeting was happening?");
        questions.put("listenedTo", "Did people listen to what you think?");
        questions.put("reportsBefore", "Did someone tell you before the meeting what it would be about?");
        questions.put("helpedToTakePart", "Did you get the help you needed to say what you think?");
        return java.util.Collections.unmodifiableMap(questions);
    }

    /** Someone asked, with the link's secret for their letter. */
    public record Asked(Long participantId, boolean child, String token, LocalDate openUntil) {
    }

    /**
     * Asks each parent or carer and each child invited to the held conference for feedback: one request each,
     * made once (asked again, the same requests are returned, so a letter written again carries the same link).
     */
    @Transactional
    public List<Asked> ask(Long conferenceId) {
        List<Asked> asked = new ArrayList<>();
        for (Participant p : conferences.participants(conferenceId)) {
            if (p.getKind() != Participant.Kind.PARENT && p.getKind() != Participant.Kind.CHILD) {
                continue;
            }
            FeedbackRequest request = requests.findByConferenceIdAndParticipantId(conferenceId, p.getId())
                    .orElseGet(() -> requests.save(new FeedbackRequest(conferenceId, p.getId(), newToken(),
                            today.date(), today.date().plusDays(timescales.feedbackDays()))));
            asked.add(new Asked(p.getId(), p.getKind() == Participant.Kind.CHILD, request.getToken(),
                    request.getOpenUntil()));
        }
        return asked;
    }

    private static String newToken() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What the page shows for a link: open (with the questions in the right words), answered, closed or unknown. */
    public enum LinkState { OPEN, ANSWERED, CLOSED, UNKNOWN }

    public record Link(LinkState state, boolean child, String conferenceType, LocalDate heldOn, LocalDate openUntil) {

        public Map<String, String> questions() {
            return child ? QUESTIONS_FOR_A_CHILD : QUESTIONS;
        }
    }

    @Transactional(readOnly = true)
    public Link link(String token) {
        return find(token).map(request -> link(request, conferences.get(request.getConferenceId())))
                .orElseGet(() -> new Link(LinkState.UNKNOWN, false, null, null, null));
    }

    private Optional<FeedbackRequest> find(String token) {
        return token == null || token.length() > 64 ? Optional.empty() : requests.findByToken(token);
    }

    private Link link(FeedbackRequest request, Conference conference) {
        boolean child = isChild(request);
        LinkState state = request.getAnsweredOn() != null ? LinkState.ANSWERED
                : today.date().isAfter(request.getOpenUntil()) ? LinkState.CLOSED : LinkState.OPEN;
        return new Link(state, child, conference.getConferenceType().label(), conference.getHeldDate(),
                request.getOpenUntil());
    }

    private boolean isChild(FeedbackRequest request) {
        return conferences.participants(request.getConferenceId()).stream()
                .filter(p -> p.getId().equals(request.getParticipantId()))
                .anyMatch(p -> p.getKind() == Participant.Kind.CHILD);
    }

    /** The answers as the page sends them: each question YES, PARTLY, NO or unanswered, and two comments. */
    public record Answers(Map<String, String> choices, String wentWell, String couldBeBetter) {
    }

    /**
     * Keeps what came back, without a name, and marks the request answered: once only, while the link is open.
     * Every question may be left unanswered, but not everything at once.
     */
    @Transactional
    public void answer(String token, Answers given, Problems problems) {
        FeedbackRequest request = find(token).orElseThrow(() -> new IllegalStateException("feedback link is "
                + LinkState.UNKNOWN));
        Conference conference = conferences.get(request.getConferenceId());
        Link link = link(request, conference);
        if (link.state() != LinkState.OPEN) {
            throw new IllegalStateException("feedback link is " + link.state());
        }
        Map<String, FeedbackAnswer.Choice> chosen = new LinkedHashMap<>();
        for (String question : QUESTIONS.keySet()) {
            String value = given.choices().get(question);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                chosen.put(question, FeedbackAnswer.Choice.valueOf(value.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(question, "choose yes, partly or no");
            }
        }
        String wentWell = comment("wentWell", given.wentWell(), problems);
        String couldBeBetter = comment("couldBeBetter", given.couldBeBetter(), problems);
        problems.check(!problems.isEmpty() || !chosen.isEmpty() || wentWell != null || couldBeBetter != null,
                "understood", "answer at least one question, or tell us what went well or could be better");
        problems.throwIfAny();
        request.answered(today.date());
        answers.save(new FeedbackAnswer(conference.getConferenceType().name(),
                link.child() ? FeedbackAnswer.Respondent.CHILD : FeedbackAnswer.Respondent.PARENT, today.date(),
                chosen.get("understood"), chosen.get("listenedTo"), chosen.get("reportsBefore"),
                chosen.get("helpedToTakePart"), wentWell, couldBeBetter));
    }

    private static String comment(String field, String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        problems.check(text.length() <= COMMENT_LIMIT, field, "write at most " + COMMENT_LIMIT + " characters");
        return text.strip();
    }

    /**
     * How many were asked in a period, how many answered in the months it touches, each question's answers
     * counted, and the comments.
     */
    public record Summary(LocalDate from, LocalDate to, long asked, long answered, long answeredByChildren,
            Map<String, Map<FeedbackAnswer.Choice, Long>> answers, List<Comment> comments) {
    }

    /** A comment as managers read it: the month, the kind of conference and who wrote it, never their name. */
    public record Comment(String month, String conferenceType, FeedbackAnswer.Respondent respondent, String wentWell,
            String couldBeBetter) {
    }

    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to) {
        // Answers are kept by month: a period takes the months it touches.
        List<FeedbackAnswer> given = answers.findByAnsweredInMonthBetweenOrderByAnsweredInMonthAscIdAsc(
                from.withDayOfMonth(1), to);
        Map<String, Map<FeedbackAnswer.Choice, Long>> counted = new LinkedHashMap<>();
        for (String question : QUESTIONS.keySet()) {
            Map<FeedbackAnswer.Choice, Long> counts = new EnumMap<>(FeedbackAnswer.Choice.class);
            for (FeedbackAnswer.Choice choice : FeedbackAnswer.Choice.values()) {
                counts.put(choice, given.stream().filter(a -> choice == choiceOf(a, question)).count());
            }
            counted.put(question, counts);
        }
        List<Comment> comments = given.stream().filter(a -> a.getWentWell() != null || a.getCouldBeBetter() != null)
                .map(a -> new Comment(a.getAnsweredInMonth().toString().substring(0, 7),
                        uk.gov.childprotection.conference.ConferenceType.valueOf(a.getConferenceType()).label(),
                        a.getRespondent(), a.getWentWell(), a.getCouldBeBetter()))
                .toList();
        return new Summary(from, to, requests.countByAskedOnBetween(from, to), given.size(),
                given.stream().filter(a -> a.getRespondent() == FeedbackAnswer.Respondent.CHILD).count(), counted,
                comments);
    }

    private static FeedbackAnswer.Choice choiceOf(FeedbackAnswer answer, String question) {
        return switch (question) {
            case "understood" -> answer.getUnderstood();
            case "listenedTo" -> answer.getListenedTo();
            case "reportsBefore" -> answer.getReportsBefore();
            default -> answer.getHelpedToTakePart();
        };
    }
}
