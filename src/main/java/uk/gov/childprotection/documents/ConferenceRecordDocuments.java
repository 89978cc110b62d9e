package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.calendar.TimescaleSettings;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceDecision;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.ScalingScore;
import uk.gov.childprotection.security.Staff;

/**
 * What a decided conference sends to everyone who took part (seed 000: the summary and outline plan with the
 * decision letter, by the end of the next working day): the record, a large print copy when someone asked for
 * one, the record without its confidential part for the parents who were asked to leave for it, and a decision
 * letter to each parent or carer.
 */
@Service
@Transactional
public class ConferenceRecordDocuments {

    private final ConferenceService conferences;
    private final DocumentService documents;
    private final Staff staff;
    private final TimescaleSettings timescales;
    private final HouseholdLetters household;

    private final Letterhead letterhead;

    private final uk.gov.childprotection.conference.ChildViewsService childViews;
    private final uk.gov.childprotection.feedback.FeedbackService feedback;
    private final CouncilSettings council;

    public ConferenceRecordDocuments(ConferenceService conferences, DocumentService documents, Staff staff,
            TimescaleSettings timescales, HouseholdLetters household, Letterhead letterhead,
            uk.gov.childprotection.conference.ChildViewsService childViews,
            uk.gov.childprotection.feedback.FeedbackService feedback, CouncilSettings council) {
        this.feedback = feedback;
        this.council = council;
        this.childViews = childViews;
        this.letterhead = letterhead;
        this.household = household;
        this.conferences = conferences;
        this.documents = documents;
        this.staff = staff;
        this.timescales = timescales;
    }

    /** One version of the whole record (the copy for professionals). */
    public Document write(Long conferenceId, boolean largePrint, String generationKey, String task) {
        Conference conference = decided(conferenceId);
        return write(conference, model(conference), DocumentType.CONFERENCE_RECORD, largePrint, generationKey, task);
    }

    /**
     * Every document of the record's set, once per generation key: called again (after an amendment, with a new
     * key) it writes the next version of each and keeps the old ones.
     */
    public List<Document> writeAll(Long conferenceId, String generationKey, String task) {
        Conference conference = decided(conferenceId);
        List<Participant> participants = conferences.participants(conferenceId);
        List<Participant> parents = participants.stream().filter(p -> p.getKind() == Participant.Kind.PARENT).toList();
        Map<String, Object> model = model(conference);
        List<Document> written = new ArrayList<>();
        written.add(write(conference, model, DocumentType.CONFERENCE_RECORD, false, generationKey, task));
        if (participants.stream().anyMatch(Participant::isLargePrint)) {
            written.add(write(conference, model, DocumentType.CONFERENCE_RECORD, true, generationKey + ":large-print",
                    task));
        }
        if (conference.hadConfidentialPart() && !parents.isEmpty()) {
            written.add(write(conference, model, DocumentType.CONFERENCE_RECORD_OPEN_PART, false,
                    generationKey + ":open-part", task));
            if (parents.stream().anyMatch(Participant::isLargePrint)) {
                written.add(write(conference, model, DocumentType.CONFERENCE_RECORD_OPEN_PART, true,
                        generationKey + ":open-part:large-print", task));
            }
        }
        return written;
    }

    /** The letter to each parent or carer about the decision, in large print too for those who asked. */
    public List<Document> writeDecisionLetters(Long conferenceId, String generationKey, String task) {
        Conference conference = decided(conferenceId);
        Map<String, Object> record = model(conference);
        List<Document> written = new ArrayList<>();
        for (Participant parent : conferences.participants(conferenceId)) {
            if (parent.getKind() != Participant.Kind.PARENT) {
                continue;
            }
            Map<String, Object> model = decisionLetterModel(record, conference, parent);
            DocumentSubject subject = DocumentSubject.ofConference(conference.getCaseId(), conferenceId)
                    .to(parent.getId());
            written.add(documents.generate(new DocumentService.Request(DocumentType.DECISION_LETTER, subject, false,
                    generationKey + ":letter:" + parent.getId(), task, model)));
            if (parent.isLargePrint()) {
                written.add(documents.generate(new DocumentService.Request(DocumentType.DECISION_LETTER, subject,
                        true, generationKey + ":letter:" + parent.getId() + ":large-print", task, model)));
            }
        }
        return written;
    }

    /**
     * The letter asking each parent or carer, and each child invited, what they thought of the conference: their
     * own link (asked once: written again, it carries the same link), in large print too for those who asked.
     */
    public List<Document> writeFeedbackRequests(Long conferenceId, String generationKey, String task) {
        Conference conference = decided(conferenceId);
        ChildProtectionCase aCase = conferences.caseOf(conference);
        Map<Long, Participant> byId = new HashMap<>();
        conferences.participants(conferenceId).forEach(p -> byId.put(p.getId(), p));
        List<Document> written = new ArrayList<>();
        for (uk.gov.childprotection.feedback.FeedbackService.Asked asked : feedback.ask(conferenceId)) {
            Participant person = byId.get(asked.participantId());
            Map<String, Object> model = DocumentModel.forCase(aCase, conference.getHeldDate(),
                    "The child protection conference team");
            model.put("recipient", person.getName());
            model.put("addressee", letterhead.of(person, aCase));
            model.put("forChild", asked.child());
            model.put("conferenceType", conference.getConferenceType().label());
            model.put("heldOn", DeadlineService.longDate(conference.getHeldDate()));
            model.put("link", council.feedbackLink() + "/" + asked.token());
            model.put("openUntil", DeadlineService.longDate(asked.openUntil()));
            model.put("contacts", java.util.stream.Stream.of(letterhead.contact(aCase.getSocialWorker(),
                    "social worker")).filter(java.util.Objects::nonNull).toList());
            model.put("questions", asked.child() ? uk.gov.childprotection.feedback.FeedbackService.QUESTIONS_FOR_A_CHILD
                    .values() : uk.gov.childprotection.feedback.FeedbackService.QUESTIONS.values());
            written.addAll(documents.generateLetter(DocumentType.FEEDBACK_REQUEST,
                    DocumentSubject.ofConference(conference.getCaseId(), conferenceId).to(person.getId()),
                    person.isLargePrint(), generationKey + ":feedback:" + person.getId(), task, model));
        }
        return written;
    }

    /** What a parent asked to change, and the Chair's answer. */
    public record AmendmentAnswer(Long participantId, java.time.LocalDate requestedOn, String requestedChanges,
            boolean accepted, String reason) {
    }

    /** The Chair's letter to the parent who asked for changes, in large print too when they asked for it. */
    public List<Document> writeAmendmentOutcomeLetter(Long conferenceId, AmendmentAnswer answer,
            String generationKey, String task) {
        Conference conference = decided(conferenceId);
        Participant parent = conferences.participants(conferenceId).stream()
                .filter(p -> p.getId().equals(answer.participantId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Participant " + answer.participantId()
                        + " was not invited to conference " + conferenceId));
        Map<String, Object> model = model(conference);
        model.put("parentName", parent.getName());
        model.put("addressee", letterhead.of(parent, conferences.caseOf(conference)));
        model.put("requestedOn", DeadlineService.longDate(answer.requestedOn()));
        model.put("requestedChanges", answer.requestedChanges());
        model.put("accepted", answer.accepted());
        model.put("decisionReason", answer.reason());
        DocumentSubject ofConference = DocumentSubject.ofConference(conference.getCaseId(), conferenceId);
        DocumentType recordType = conference.hadConfidentialPart()
                ? DocumentType.CONFERENCE_RECORD_OPEN_PART : DocumentType.CONFERENCE_RECORD;
        model.put("recordVersion", Math.max(1, documents.latestVersion(recordType, ofConference, false)));
        DocumentSubject subject = ofConference.to(parent.getId());
        return documents.generateLetter(DocumentType.AMENDMENT_OUTCOME_LETTER, subject, parent.isLargePrint(),
                generationKey, task, model);
    }

    /** One copy of the record from the model read once for all of them. */
    private Document write(Conference conference, Map<String, Object> record, DocumentType type, boolean largePrint,
            String generationKey, String task) {
        Map<String, Object> model = new HashMap<>(record);
        model.put("openPartOnly", type == DocumentType.CONFERENCE_RECORD_OPEN_PART);
        return documents.generate(new DocumentService.Request(type,
                DocumentSubject.ofConference(conference.getCaseId(), conference.getId()), largePrint, generationKey,
                task, model));
    }

    private Conference decided(Long conferenceId) {
        Conference conference = conferences.get(conferenceId);
        if (conference.getHeldDate() == null || conference.getDecision() == null) {
            throw new IllegalStateException("Conference " + conferenceId + " has not been held and decided yet");
        }
        return conference;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> model(Conference conference) {
        ChildProtectionCase aCase = conferences.caseOf(conference);
        String chair = staff.displayName(conference.getChair());
        Map<String, Object> model = DocumentModel.forCase(aCase, conference.getHeldDate(),
                chair + ", Child Protection Chair");
        model.put("conference", conference);
        model.put("conferenceType", conference.getConferenceType().label());
        model.put("review", conference.getConferenceType() == ConferenceType.REVIEW);
        model.put("heldOn", DeadlineService.longDate(conference.getHeldDate()));
        model.put("reviewOn", DeadlineService.longDate(conference.getReviewDate()));
        model.put("chair", chair);
        model.put("leadSocialWorker", staff.displayName(conference.getLeadSocialWorker()));
        model.put("contacts", java.util.stream.Stream.of(
                letterhead.contact(aCase.getSocialWorker(), "social worker"),
                letterhead.contact(conference.getChair(), "Child Protection Chair"))
                .filter(java.util.Objects::nonNull).toList());
        List<Participant> invited = conferences.participants(conference.getId());
        model.put("participants", invited);
        // Person by person, when the Chair recorded it so: "Jordan Example: Present, and asked to leave ...".
        model.put("attendance", invited.stream().filter(p -> p.getAttendance() != null)
                .map(p -> p.getName() + ": " + p.getAttendance().label()).toList());
        Conference booked = conferences.get(conference.meetingId());
        model.put("heldOnAnotherDay", booked.getHeldDateReason() == null ? null
                : "Booked for " + DeadlineService.longDate(booked.getScheduledDate()) + ", held on "
                        + DeadlineService.longDate(conference.getHeldDate()) + ": " + booked.getHeldDateReason());
        model.put("scaling", conferences.scaling(conference.getId()).stream().filter(s -> !s.isChildOnly()).toList());
        model.put("coreGroup", conferences.coreGroup(conference.getId()));
        model.put("decision", conference.getDecision() == null ? "" : conference.getDecision().label());
        model.put("categories", conference.getCategories().stream().map(c -> c.label()).toList());
        model.put("agencies", conference.getAgenciesAttended().stream().map(a -> a.label()).toList());
        model.put("openPartOnly", false);
        model.put("amendmentWorkingDays", timescales.amendmentRequestWorkingDays());
        model.put("complaintDays", timescales.complaintDays());
        model.put("complaintBy", DeadlineService.longDate(conference.getHeldDate().plusDays(timescales.complaintDays())));
        // A household's meeting: every child's own decision, and the core group of the children on plans.
        List<Conference> meeting = conferences.meeting(conference.getId());
        List<ChildProtectionCase> meetingCases = meeting.stream().map(conferences::caseOf).toList();
        List<ChildOutcome> children = meeting.stream().map(this::outcome).toList();
        model.put("children", children);
        // The children's own views that came before the meeting, shared at it whether or not they came.
        model.put("childViews", childViews.shown(conference.getId()));
        model.put("household", meeting.size() > 1);
        model.put("meetingCases", meetingCases);
        Conference firstPlan = meeting.stream()
                .filter(c -> c.getDecision() == ConferenceDecision.CHILD_PROTECTION_PLAN).findFirst().orElse(null);
        model.put("anyPlan", firstPlan != null);
        if (firstPlan != null) {
            model.put("coreGroup", conferences.coreGroup(firstPlan.getId()));
        }
        new HouseholdLetters.About(meetingCases).putInto(model);
        return model;
    }

    /** One child's part of the record: their decision, and what the Chair recorded for them alone. */
    public record ChildOutcome(String name, String givenName, String reference, ConferenceDecision decisionMade,
            String decision, List<String> categories, String categoriesInWords, String leadSocialWorker,
            String wishesAndFeelings, String dangerStatements, List<ScalingScore> scaling) {
    }

    private ChildOutcome outcome(Conference child) {
        ChildProtectionCase aCase = conferences.caseOf(child);
        List<ScalingScore> own = conferences.scaling(child.getId()).stream().filter(ScalingScore::isChildOnly)
                .toList();
        return new ChildOutcome(aCase.getChild().fullName(), aCase.getChild().getGivenName(), aCase.getReference(),
                child.getDecision(), child.getDecision() == null ? "" : child.getDecision().label(),
                child.getCategories().stream().map(c -> c.label()).toList(),
                String.join(" and ", child.getCategories().stream().map(c -> c.label().toLowerCase()).toList()),
                child.getLeadSocialWorker() == null ? null : staff.displayName(child.getLeadSocialWorker()),
                child.getChildWishesAndFeelings(),
                child.getChildDangerStatement(), own);
    }

    Map<String, Object> decisionLetterModel(Conference conference, Participant parent) {
        return decisionLetterModel(model(conference), conference, parent);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> decisionLetterModel(Map<String, Object> record, Conference conference,
            Participant parent) {
        Map<String, Object> model = new HashMap<>(record);
        // A parent's letter speaks of the children they hold parental responsibility for.
        HouseholdLetters.About about = household.concerning(parent,
                (List<ChildProtectionCase>) record.get("meetingCases"));
        about.putInto(model);
        List<String> theirs = about.cases().stream().map(ChildProtectionCase::getReference).toList();
        model.put("decisions", ((List<ChildOutcome>) record.get("children")).stream()
                .filter(c -> theirs.contains(c.reference())).toList());
        model.put("parentName", parent.getName());
        model.put("addressee", letterhead.of(parent, conferences.caseOf(conference)));
        model.put("firstCoreGroupWorkingDays", timescales.firstCoreGroupWorkingDays());
        model.put("withoutConfidentialPart", conference.hadConfidentialPart());
        // Whether this parent was asked to leave: said to them alone, never to the parent who stayed.
        model.put("youLeft", parent.getAttendance() == uk.gov.childprotection.conference.Attendance.LEFT_FOR_CONFIDENTIAL_PART);
        return model;
    }
}
