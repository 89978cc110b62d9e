package uk.gov.childprotection.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.gov.childprotection.cases.ChildProtectionCase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.plan.PlanService;
import uk.gov.childprotection.security.Staff;

/**
 * Task "Hold conference and record the decision" (form hold-conference): the Chair's record of attendance,
 * quorum, Signs of Safety and the decision. Sets {@code conferenceDecision}.
 */
@Component("holdConference")
class HoldConferenceTask extends FormTaskListener {

    /** "Mother: 6", "Social worker - 3": who, then a score of one or two digits. */
    private static final Pattern SCALING_LINE = Pattern.compile("(.*\\S)\\s*[:\\-]\\s*(\\d{1,2})");

    private final ConferenceService conferences;
    private final PlanService plans;
    private final Staff staff;
    private final uk.gov.childprotection.documents.DocumentLinks links;

    private final ChildViewsService childViews;
    private final SupporterService supporters;
    private final AgencyReportsSummary reportsSummary;

    HoldConferenceTask(ConferenceService conferences, PlanService plans, Staff staff,
            uk.gov.childprotection.documents.DocumentLinks links, ChildViewsService childViews,
            SupporterService supporters, AgencyReportsSummary reportsSummary) {
        this.reportsSummary = reportsSummary;
        this.supporters = supporters;
        this.childViews = childViews;
        this.links = links;
        this.conferences = conferences;
        this.plans = plans;
        this.staff = staff;
    }

    @Override
    protected void prefill(DelegateTask task) {
        // A re-listed meeting's earlier decision (RELIST) must not pass for this record's: only a submission sets it.
        task.getExecution().removeVariable("conferenceDecision");
        Conference conference = conferences.get(conferenceId(task));
        if (conference.getScheduledDate() != null) {
            task.setVariableLocal("conferenceHeldDate", conference.getScheduledDate().toString());
        }
        task.setVariableLocal("reviewDate", conferences.defaultReviewDate(conference.getId()).toString());
        String worker = conferences.caseOf(conference).getSocialWorker();
        if (worker != null) {
            task.setVariableLocal("leadSocialWorker", worker);
        }
        // One row per child of the meeting, for the Chair's separate decision for each.
        List<Map<String, Object>> children = new ArrayList<>();
        for (ChildProtectionCase child : conferences.casesOfMeeting(conference.getId())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("caseReference", child.getReference());
            row.put("childName", child.getChild().fullName());
            row.put("categories", List.of());
            if (child.getSocialWorker() != null) {
                row.put("leadSocialWorker", child.getSocialWorker());
            }
            children.add(row);
        }
        task.setVariableLocal("children", SpinValues.jsonValue(Spin.JSON(children)).create());
        task.setVariableLocal("householdConference", children.size() > 1);
        // The booking, the invitees to mark present or absent one by one, and the reports that came in.
        task.setVariableLocal("bookingSummary", booking(conference));
        task.setVariableLocal("childViewsSummary", childViews.summary(conference.getId()));
        List<String> agreed = supporters.agreed(conference.getId());
        task.setVariableLocal("supportersSummary", agreed.isEmpty() ? "None asked for or agreed."
                : "- " + String.join("\n- ", agreed));
        // Read once: the attendance rows, the scores, the core group and the reports are all of these people.
        List<Participant> invited = conferences.participants(conference.getId());
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (Participant p : invited) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("who", p.getName());
            row.put("invitedAs", invitedAs(p));
            attendance.add(row);
        }
        task.setVariableLocal("attendance", SpinValues.jsonValue(Spin.JSON(attendance)).create());
        // Each person's scaling against that person; the core group as the invitees, to remove from or add to.
        List<Map<String, Object>> scores = new ArrayList<>();
        List<Map<String, Object>> coreGroup = new ArrayList<>();
        if (worker != null) {
            coreGroup.add(new LinkedHashMap<>(Map.of("name", staff.displayName(worker), "role", "Lead social worker")));
        }
        for (Participant p : invited) {
            scores.add(new LinkedHashMap<>(Map.of("who", p.getName())));
            if (p.getKind() != Participant.Kind.CHILD && p.getAgency() != Agency.SOCIAL_CARE) {
                coreGroup.add(new LinkedHashMap<>(Map.of("name", p.getName(), "role", invitedAs(p))));
            }
        }
        task.setVariableLocal("scores", SpinValues.jsonValue(Spin.JSON(scores)).create());
        // At a household's conference, each child may be scaled apart: a row for each child and each invitee.
        List<Map<String, Object>> childScores = new ArrayList<>();
        if (children.size() > 1) {
            for (Map<String, Object> child : children) {
                for (Participant p : invited) {
                    childScores.add(new LinkedHashMap<>(Map.of("child", child.get("childName"),
                            "caseReference", child.get("caseReference"), "who", p.getName())));
                }
            }
        }
        task.setVariableLocal("childScores", SpinValues.jsonValue(Spin.JSON(childScores)).create());
        task.setVariableLocal("coreGroupMembers", SpinValues.jsonValue(Spin.JSON(coreGroup)).create());
        task.setVariableLocal("reportsReceived", reports(conference));
        // Each child's lead social worker is chosen from the social workers, by name.
        task.setVariableLocal("socialWorkerChoices", SpinValues.jsonValue(Spin.JSON(
                staff.choicesOf(uk.gov.childprotection.security.Roles.SOCIAL_WORKERS))).create());
    }

    /** "Booked for Monday 21 December 2026 at 10:00, Room 2, County Hall." */
    private static String booking(Conference conference) {
        if (conference.getScheduledDate() == null) {
            return "Not booked.";
        }
        String where = java.util.stream.Stream.of(conference.getVenue(), conference.getOnlineLink() == null ? null
                : "online: " + conference.getOnlineLink()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
        return "Booked for **" + uk.gov.childprotection.cases.DeadlineService.longDate(conference.getScheduledDate())
                + "** at " + conference.getScheduledTime() + (where.isEmpty() ? "" : ", " + where) + ".";
    }

    private static String invitedAs(Participant p) {
        return switch (p.getKind()) {
            case PARENT -> p.getRelationship() == null ? "Parent or carer"
                    : p.getRelationship().name().substring(0, 1) + p.getRelationship().name().substring(1)
                            .toLowerCase().replace('_', ' ');
            case CHILD -> "The child";
            case AGENCY -> "Agency";
            case PROFESSIONAL -> p.getAgency() == null ? "Professional" : p.getAgency().label();
        };
    }

    /** Each agency's report, received or not, and shared with the family or not; and the letters sent. */
    /** The reports line of the Chair's form; set again on the open task when an agency writes or shares one. */
    String reports(Conference conference) {
        String letters = links.invitationLinks(conference.getId());
        return reportsSummary.of(conference)
                + (letters == null || letters.isBlank() ? "" : "\n\nThe invitations: " + letters);
    }

    /**
     * The Chair's attendance rows, one per invitee in the form's order: who (as shown) and whether present.
     * Returns false for a client recording attendance in the older fields (agencies present, parents attended,
     * the child attended, a confidential part), which the form no longer has.
     */
    private boolean recordAttendance(Long conferenceId, FormValues form) {
        if (!form.has("attendance") || form.has("agenciesAttended")) {
            return false;
        }
        List<FormValues> rows = form.rows("attendance");
        List<String> who = new ArrayList<>();
        List<Attendance> marked = new ArrayList<>();
        for (FormValues row : rows) {
            who.add(row.text("who"));
            marked.add(row.requiredChoice("attendance", Attendance.class, "Whether they were there"));
        }
        conferences.recordAttendance(conferenceId, who, marked, form.problems());
        return true;
    }

    /**
     * Each child's decision, when the Chair's form gives one row per child. A row names its child by case
     * reference; a row without one is the child in that place of the meeting (the form lists them in its order,
     * and rows cannot be added or removed).
     */
    private static List<ChildDecision> decisions(List<FormValues> rows, List<String> meetingOrder,
            Map<String, List<ConferenceRecord.Scaling>> childScores) {
        List<ChildDecision> decisions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FormValues row = rows.get(i);
            String reference = row.text("caseReference") != null || i >= meetingOrder.size()
                    ? row.requiredText("caseReference", "The child's case reference") : meetingOrder.get(i);
            ConferenceDecision decision = row.requiredChoice("decision", ConferenceDecision.class, "The decision");
            boolean plan = decision == ConferenceDecision.CHILD_PROTECTION_PLAN;
            boolean decided = decision != null && decision != ConferenceDecision.RELIST;
            boolean legal = row.flag("seekLegalAdvice");
            decisions.add(new ChildDecision(reference, decision,
                    plan ? row.choices("categories", Category.class, "Category") : List.of(),
                    plan ? row.text("leadSocialWorker") : null,
                    decided ? row.text("wishesAndFeelings") : null,
                    decided ? row.text("dangerStatements") : null,
                    !decided ? List.of() : row.text("scaling") != null ? scaling(row, "scaling")
                            : childScores.getOrDefault(reference, List.of()),
                    decided && !plan ? row.text("endPlanReason") : null,
                    legal, legal ? row.text("legalAdviceReason") : null));
        }
        return decisions;
    }

    /**
     * Where the brothers and sisters are scaled apart: a score for a child against each person who gave it, from
     * the rows of child and invitee (a row left empty is no score), by the child's case reference.
     */
    private static Map<String, List<ConferenceRecord.Scaling>> childScores(FormValues form) {
        Map<String, List<ConferenceRecord.Scaling>> byChild = new LinkedHashMap<>();
        for (FormValues row : form.has("childScores") ? form.rows("childScores") : List.<FormValues>of()) {
            Integer score = row.integer("score");
            String reference = row.text("caseReference");
            if (score == null || reference == null) {
                continue;
            }
            row.problems().check(score >= 0 && score <= 10, "score", "must be a whole number from 0 to 10");
            String who = row.requiredText("who", "Who gave the score");
            if (who != null && score >= 0 && score <= 10) {
                byChild.computeIfAbsent(reference, r -> new ArrayList<>()).add(new ConferenceRecord.Scaling(who, score));
            }
        }
        return byChild;
    }

    /** The scores given, each against the person who gave it; a row left empty is no score. */
    private static List<ConferenceRecord.Scaling> scores(FormValues form) {
        List<ConferenceRecord.Scaling> scaling = new ArrayList<>();
        List<FormValues> rows = form.rows("scores");
        for (int i = 0; i < rows.size(); i++) {
            FormValues row = rows.get(i);
            Integer score = row.integer("score");
            if (score == null) {
                continue;
            }
            row.problems().check(score >= 0 && score <= 10, "score", "must be a whole number from 0 to 10");
            String who = row.requiredText("who", "Who gave the score");
            if (who != null && score >= 0 && score <= 10) {
                scaling.add(new ConferenceRecord.Scaling(who, score));
            }
        }
        return scaling;
    }

    /** "Mother: 6" lines. */
    private static List<ConferenceRecord.Scaling> scaling(FormValues form, String key) {
        List<ConferenceRecord.Scaling> scaling = new ArrayList<>();
        List<String> lines = form.lines(key);
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = SCALING_LINE.matcher(lines.get(i));
            if (line.matches()) {
                scaling.add(new ConferenceRecord.Scaling(line.group(1).trim(), Integer.valueOf(line.group(2))));
            } else {
                form.problems().add(key, "line " + (i + 1) + " '" + lines.get(i)
                        + "': write who, a colon, and a score from 0 to 10, for example 'Mother: 6'");
            }
        }
        return scaling;
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        // The form gives a row per child. A submission with the decision in the record's own field
        // (conferenceDecision: the form before households, or a client that knows one child) is a record of
        // one child's conference.
        boolean oneChildFields = form.has("conferenceDecision");
        List<FormValues> rows = oneChildFields ? List.of() : form.rows("children");
        List<ChildDecision> perChild = oneChildFields ? List.of() : decisions(rows,
                conferences.casesOfMeeting(conferenceId(task)).stream().map(ChildProtectionCase::getReference)
                        .toList(), childScores(form));
        ConferenceDecision decision = oneChildFields
                ? form.requiredChoice("conferenceDecision", ConferenceDecision.class, "The decision")
                : perChild.stream().map(ChildDecision::decision).filter(java.util.Objects::nonNull)
                        .filter(d -> d != ConferenceDecision.RELIST).findFirst()
                        .orElse(perChild.stream().map(ChildDecision::decision).filter(java.util.Objects::nonNull)
                                .findFirst().orElse(null));
        boolean plan = oneChildFields ? decision == ConferenceDecision.CHILD_PROTECTION_PLAN
                : perChild.stream().anyMatch(d -> d.decision() == ConferenceDecision.CHILD_PROTECTION_PLAN);
        boolean decided = decision != null && decision != ConferenceDecision.RELIST;
        // Scaling and the core group as rows (the form), or as lines of text (older clients).
        List<ConferenceRecord.Scaling> scaling = !decided ? new ArrayList<>()
                : form.text("scaling") != null ? scaling(form, "scaling") : scores(form);
        List<ConferenceRecord.Member> coreGroup = new ArrayList<>();
        if (plan && form.text("coreGroup") == null) {
            for (FormValues row : form.rows("coreGroupMembers")) {
                String name = row.text("name");
                if (name != null) {
                    coreGroup.add(new ConferenceRecord.Member(name, row.text("role")));
                }
            }
        }
        if (plan && form.text("coreGroup") != null) {
            for (String line : form.lines("coreGroup")) {
                int comma = line.indexOf(',');
                coreGroup.add(comma < 0 ? new ConferenceRecord.Member(line, null)
                        : new ConferenceRecord.Member(line.substring(0, comma).trim(),
                                blankToNull(line.substring(comma + 1))));
            }
        }
        boolean proceedInquorate = form.flag("proceedInquorate");
        Long conferenceId = conferenceId(task);
        // Attendance person by person, when the form gives it: who was there says which agencies were, whether
        // the parents and the child took part, and whether there was a confidential part.
        boolean byPerson = recordAttendance(conferenceId, form);
        List<Participant> invited = conferences.participants(conferenceId);
        boolean confidentialPart = byPerson ? invited.stream()
                .anyMatch(p -> p.getAttendance() == Attendance.LEFT_FOR_CONFIDENTIAL_PART)
                : form.flag("confidentialPart");
        List<Agency> agenciesAttended = byPerson ? invited.stream()
                .filter(p -> p.getAgency() != null && p.getAttendance() != null && p.getAttendance().attended())
                .map(Participant::getAgency).distinct().toList()
                : form.choices("agenciesAttended", Agency.class, "Agency");
        boolean parentsAttended = byPerson ? invited.stream().anyMatch(p -> p.getKind() == Participant.Kind.PARENT
                && p.getAttendance() != null && p.getAttendance().attended()) : form.flag("parentsAttended");
        boolean childAttended = byPerson ? invited.stream().anyMatch(p -> p.getKind() == Participant.Kind.CHILD
                && p.getAttendance() == Attendance.PRESENT) : form.flag("childAttended");
        java.time.LocalDate held = form.requiredDate("conferenceHeldDate", "The date the conference was held");
        conferences.checkHeldAsBooked(conferenceId, held, form.text("heldDateReason"), form.problems());
        ConferenceRecord record = new ConferenceRecord(
                held,
                agenciesAttended,
                parentsAttended, childAttended,
                confidentialPart, confidentialPart ? form.text("confidentialPartReason") : null,
                confidentialPart ? form.text("confidentialPartSummary") : null,
                proceedInquorate, proceedInquorate ? form.text("inquorateReason") : null,
                decided ? form.text("dangerStatements") : null,
                decided ? form.text("workingWell") : null,
                decided ? form.text("worries") : null,
                decided ? form.text("complicatingFactors") : null,
                decided ? form.text("childWishesAndFeelings") : null,
                decided ? form.text("safetyGoals") : null,
                scaling, decision,
                plan ? form.choices("categories", Category.class, "Category") : List.of(),
                plan ? form.text("leadSocialWorker") : null,
                plan ? form.date("reviewDate") : null,
                plan ? form.text("outlinePlan") : null,
                coreGroup,
                decided && !plan ? form.text("endPlanReason") : null,
                form.flag("seekLegalAdvice"),
                form.flag("seekLegalAdvice") ? form.text("legalAdviceReason") : null);
        List<Conference> meeting = conferences.meeting(conferenceId);
        List<ChildDecision> decisions = oneChildFields
                ? List.of(ChildDecision.of(conferences.caseOf(meeting.get(0)).getReference(), record)) : perChild;
        // A decision that could not be carried out (a second plan for a child on a plan) is refused here, with
        // the Chair, instead of failing later in "Write the conference record" or "Start child protection plan".
        Map<String, Long> byReference = new LinkedHashMap<>();
        meeting.forEach(c -> byReference.put(conferences.caseOf(c).getReference(), c.getId()));
        for (int i = 0; i < decisions.size(); i++) {
            ChildDecision child = decisions.get(i);
            Long childConference = byReference.get(child.caseReference());
            if (childConference != null) {
                plans.checkCanCarryOut(childConference, child.decision(), form.problems(),
                        oneChildFields ? "conferenceDecision" : "children[" + i + "].decision");
            }
        }
        form.problems().throwIfAny();
        ConferenceDecision own = conferences.recordConference(conferenceId, record, decisions, oneChildFields,
                form.problems(), staff.currentUser());
        task.setVariable("conferenceDecision", own.name());
        // Read by the plan's review cycle: a task for the team manager when legal advice is to be sought.
        task.setVariable("seekLegalAdvice", conferences.get(conferenceId).getSeekLegalAdvice());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    protected Map<String, String> fieldsOfTheForm() {
        return Map.of("scaling", "scores", "coreGroup", "coreGroupMembers", "agenciesAttended", "attendance",
                "parentsAttended", "attendance", "childAttended", "attendance");
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("conferenceHeldDate", "agenciesAttended", "parentsAttended", "childAttended",
                "confidentialPart", "confidentialPartReason", "confidentialPartSummary", "proceedInquorate", "inquorateReason",
                "dangerStatements", "workingWell", "worries", "complicatingFactors", "childWishesAndFeelings",
                "safetyGoals", "scaling", "categories", "leadSocialWorker", "reviewDate", "outlinePlan",
                "coreGroup", "endPlanReason", "legalAdviceReason", "children", "householdConference", "attendance",
                "heldDateReason", "bookingSummary", "reportsReceived", "scores", "coreGroupMembers",
                "socialWorkerChoices", "childScores");
    }
}
