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

    HoldConferenceTask(ConferenceService conferences, PlanService plans, Staff staff) {
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
    }

    /**
     * Each child's decision, when the Chair's form gives one row per child. A row names its child by case
     * reference; a row without one is the child in that place of the meeting (the form lists them in its order,
     * and rows cannot be added or removed).
     */
    private static List<ChildDecision> decisions(List<FormValues> rows, List<String> meetingOrder) {
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
                    decided ? scaling(row, "scaling") : List.of(),
                    decided && !plan ? row.text("endPlanReason") : null,
                    legal, legal ? row.text("legalAdviceReason") : null));
        }
        return decisions;
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
                        .toList());
        ConferenceDecision decision = oneChildFields
                ? form.requiredChoice("conferenceDecision", ConferenceDecision.class, "The decision")
                : perChild.stream().map(ChildDecision::decision).filter(java.util.Objects::nonNull)
                        .filter(d -> d != ConferenceDecision.RELIST).findFirst()
                        .orElse(perChild.stream().map(ChildDecision::decision).filter(java.util.Objects::nonNull)
                                .findFirst().orElse(null));
        boolean plan = oneChildFields ? decision == ConferenceDecision.CHILD_PROTECTION_PLAN
                : perChild.stream().anyMatch(d -> d.decision() == ConferenceDecision.CHILD_PROTECTION_PLAN);
        boolean decided = decision != null && decision != ConferenceDecision.RELIST;
        List<ConferenceRecord.Scaling> scaling = decided ? scaling(form, "scaling") : new ArrayList<>();
        List<ConferenceRecord.Member> coreGroup = new ArrayList<>();
        if (plan) {
            for (String line : form.lines("coreGroup")) {
                int comma = line.indexOf(',');
                coreGroup.add(comma < 0 ? new ConferenceRecord.Member(line, null)
                        : new ConferenceRecord.Member(line.substring(0, comma).trim(),
                                blankToNull(line.substring(comma + 1))));
            }
        }
        boolean proceedInquorate = form.flag("proceedInquorate");
        boolean confidentialPart = form.flag("confidentialPart");
        ConferenceRecord record = new ConferenceRecord(
                form.requiredDate("conferenceHeldDate", "The date the conference was held"),
                form.choices("agenciesAttended", Agency.class, "Agency"),
                form.flag("parentsAttended"), form.flag("childAttended"),
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
        Long conferenceId = conferenceId(task);
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
    protected List<String> submittedFields() {
        return List.of("conferenceHeldDate", "agenciesAttended", "parentsAttended", "childAttended",
                "confidentialPart", "confidentialPartReason", "confidentialPartSummary", "proceedInquorate", "inquorateReason",
                "dangerStatements", "workingWell", "worries", "complicatingFactors", "childWishesAndFeelings",
                "safetyGoals", "scaling", "categories", "leadSocialWorker", "reviewDate", "outlinePlan",
                "coreGroup", "endPlanReason", "legalAdviceReason", "children", "householdConference");
    }
}
