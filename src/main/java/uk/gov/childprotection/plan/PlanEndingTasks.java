package uk.gov.childprotection.plan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.security.Staff;

/** The tasks and service task of the ways a plan ends without a review: thin adapters to {@link PlanEndingService}. */
final class PlanEndingTasks {

    private PlanEndingTasks() {
    }

    /** "Record the decision to end the plan" (form record-plan-end-decision). */
    @Component("recordPlanEndDecision")
    static class RecordDecision extends FormTaskListener {
        private final PlanEndingService endings;
        private final Staff staff;

        RecordDecision(PlanEndingService endings, Staff staff) {
            this.endings = endings;
            this.staff = staff;
        }

        @Override
        protected void prefill(DelegateTask task) {
            task.setVariableLocal("planEndReasonLabel",
                    endings.reasonWithoutConference(caseReference(task)).description());
        }

        @Override
        protected void complete(DelegateTask task, FormValues form) {
            endings.endByDecision(caseReference(task),
                    form.requiredDate("decisionDate", "The date of your decision"),
                    form.requiredText("agenciesConsulted", "The agencies you consulted"),
                    form.problems(), staff.currentUser());
        }

        @Override
        protected List<String> submittedFields() {
            return List.of("decisionDate", "agenciesConsulted");
        }
    }

    /** "Send transfer pack" (form send-transfer-pack), with a link to the pack written just before. */
    @Component("sendTransferPack")
    static class SendTransferPack extends FormTaskListener {
        private final PlanEndingService endings;
        private final PlanInForceService planInForce;
        private final DocumentLinks links;
        private final Staff staff;

        SendTransferPack(PlanEndingService endings, PlanInForceService planInForce, DocumentLinks links,
                Staff staff) {
            this.endings = endings;
            this.planInForce = planInForce;
            this.links = links;
            this.staff = staff;
        }

        @Override
        protected void prefill(DelegateTask task) {
            Long planId = planId(task);
            task.setVariableLocal("transferPackLink", links.markdown(DocumentType.TRANSFER_PACK,
                    DocumentSubject.ofPlan(planInForce.plan(planId).getCaseId(), planId), "Transfer pack"));
        }

        @Override
        protected void complete(DelegateTask task, FormValues form) {
            endings.recordTransferPackSent(caseReference(task),
                    form.requiredDate("packSentDate", "The date the pack was sent"), form.text("transferNotes"),
                    form.problems(), staff.currentUser());
        }

        @Override
        protected List<String> submittedFields() {
            return List.of("packSentDate", "transferNotes");
        }
    }

    /** "Arrange a review before the 18th birthday" (form arrange-review-before-eighteen). */
    @Component("arrangeReviewBeforeEighteen")
    static class ArrangeReview extends FormTaskListener {
        private final PlanEndingService endings;
        private final PlanService plans;
        private final Staff staff;

        ArrangeReview(PlanEndingService endings, PlanService plans, Staff staff) {
            this.endings = endings;
            this.plans = plans;
            this.staff = staff;
        }

        @Override
        protected void complete(DelegateTask task, FormValues form) {
            LocalDate on = form.requiredDate("reviewArrangedFor", "The date of the review");
            endings.recordReviewBeforeEighteen(caseReference(task), on, form.text("reviewNotes"),
                    form.problems(), staff.currentUser());
            // The review is then due by that date: its timer and due dates move with it.
            plans.reviewArrangedFor(caseReference(task), on);
        }

        @Override
        protected List<String> submittedFields() {
            return List.of("reviewArrangedFor", "reviewNotes");
        }
    }

    /** "End the plan (transferred)". */
    @Component("endPlanOnTransfer")
    static class EndOnTransfer implements JavaDelegate {
        private final PlanEndingService endings;

        EndOnTransfer(PlanEndingService endings) {
            this.endings = endings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            endings.endOnTransfer(ProcessVariables.caseReference(execution));
        }
    }
}
