package uk.gov.childprotection.referral;

import java.util.HashMap;
import java.util.Map;
import uk.gov.childprotection.cases.SiblingTasks;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.CaseTimers;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.security.Staff;

/** Task "Record strategy discussion" (form record-strategy-discussion). Sets {@code strategyDecision}. */
@Component("recordStrategyDiscussion")
class RecordStrategyDiscussionTask extends FormTaskListener {

    static final String SAME_FOR_SIBLINGS = "sameForSiblings";

    private final ReferralService referrals;
    private final Staff staff;
    private final CaseTimers timers;
    private final SiblingTasks siblings;

    RecordStrategyDiscussionTask(ReferralService referrals, Staff staff, CaseTimers timers, SiblingTasks siblings) {
        this.referrals = referrals;
        this.staff = staff;
        this.timers = timers;
        this.siblings = siblings;
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        StrategyDiscussionRecord record = new StrategyDiscussionRecord(
                form.requiredDate("strategyDiscussionDate", "The date of the strategy discussion"),
                form.requiredText("socialCareParticipant", "Who took part for children's social care"),
                form.requiredText("policeParticipant", "Who took part for the police"),
                form.requiredText("healthParticipant", "Who took part for health"),
                form.text("otherParticipants"),
                form.requiredChoice("strategyDecision", StrategyDecision.class, "The decision"),
                form.requiredText("decisionRationale", "The reasons for the decision"));
        ReferralOutcome outcome = referrals.recordStrategyDiscussion(caseReference(task), record, form.problems(),
                staff.currentUser());
        task.setVariable("strategyDecision", record.decision().name());
        if (outcome != null) {
            task.setVariable("referralOutcome", outcome.name());
        } else {
            // The Section 47 decision started the ICPC timescale: the case's "Conference overdue" timer,
            // waiting since the referral, moves to the day after the ICPC is due.
            timers.follow(caseReference(task));
        }
        if (form.flag(SAME_FOR_SIBLINGS)) {
            recordForSiblings(task, form);
        }
    }

    /** One strategy discussion about the household's children, recorded on each child's own case. */
    private void recordForSiblings(DelegateTask task, FormValues form) {
        Map<String, Object> same = submittedValues(task, submittedFields());
        same.put("strategyDecision", task.getVariable("strategyDecision"));
        same.put(SAME_FOR_SIBLINGS, false);
        siblings.completeAlike(task, same, SAME_FOR_SIBLINGS, "strategy discussion");
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("strategyDiscussionDate", "socialCareParticipant", "policeParticipant", "healthParticipant",
                "otherParticipants", "decisionRationale", SAME_FOR_SIBLINGS);
    }
}
