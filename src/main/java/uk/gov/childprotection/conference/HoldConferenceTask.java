package uk.gov.childprotection.conference;

import java.util.ArrayList;
import java.util.List;
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
        Conference conference = conferences.get(conferenceId(task));
        if (conference.getScheduledDate() != null) {
            task.setVariableLocal("conferenceHeldDate", conference.getScheduledDate().toString());
        }
        task.setVariableLocal("reviewDate", conferences.defaultReviewDate(conference.getId()).toString());
        String worker = conferences.caseOf(conference).getSocialWorker();
        if (worker != null) {
            task.setVariableLocal("leadSocialWorker", worker);
        }
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        ConferenceDecision decision = form.requiredChoice("conferenceDecision", ConferenceDecision.class,
                "The decision");
        boolean plan = decision == ConferenceDecision.CHILD_PROTECTION_PLAN;
        boolean decided = decision != null && decision != ConferenceDecision.RELIST;
        List<ConferenceRecord.Scaling> scaling = new ArrayList<>();
        if (decided) {
            List<String> lines = form.lines("scaling");
            for (int i = 0; i < lines.size(); i++) {
                Matcher line = SCALING_LINE.matcher(lines.get(i));
                if (line.matches()) {
                    scaling.add(new ConferenceRecord.Scaling(line.group(1).trim(), Integer.valueOf(line.group(2))));
                } else {
                    form.problems().add("scaling", "line " + (i + 1) + " '" + lines.get(i)
                            + "': write who, a colon, and a score from 0 to 10, for example 'Mother: 6'");
                }
            }
        }
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
        // A decision that could not be carried out (a second plan for a child on a plan) is refused here, with
        // the Chair, instead of failing later in "Write the conference record" or "Start child protection plan".
        plans.checkCanCarryOut(conferenceId(task), decision, form.problems());
        form.problems().throwIfAny();
        conferences.recordConference(conferenceId(task), record, form.problems(), staff.currentUser());
        task.setVariable("conferenceDecision", decision.name());
        // Read by the plan's review cycle: a task for the team manager when legal advice is to be sought.
        task.setVariable("seekLegalAdvice", record.seekLegalAdvice());
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
                "coreGroup", "endPlanReason", "legalAdviceReason");
    }
}
