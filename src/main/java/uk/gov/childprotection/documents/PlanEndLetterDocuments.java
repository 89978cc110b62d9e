package uk.gov.childprotection.documents;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.plan.CaseEvent;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.PlanEndReason;
import uk.gov.childprotection.plan.PlanEndingService;
import uk.gov.childprotection.plan.PlanInForceService;

/**
 * The letter to the parents and carers when a child protection plan ends, in plain English: when it ended and
 * why, what happens next, and whom to contact. After a child's death the letter is short: it says the plan has
 * ended and who is there to talk to, and nothing about support plans.
 */
@Service
@Transactional
public class PlanEndLetterDocuments {

    private final PlanInForceService planInForce;
    private final PlanEndingService endings;
    private final ConferenceService conferences;
    private final DocumentFacts facts;
    private final DocumentService documents;
    private final Today today;

    PlanEndLetterDocuments(PlanInForceService planInForce, PlanEndingService endings, ConferenceService conferences,
            DocumentFacts facts, DocumentService documents, Today today) {
        this.planInForce = planInForce;
        this.endings = endings;
        this.conferences = conferences;
        this.facts = facts;
        this.documents = documents;
        this.today = today;
    }

    public Document write(Long planId, boolean largePrint, String generationKey, String task) {
        ChildProtectionPlan plan = planInForce.plan(planId);
        return documents.generate(new DocumentService.Request(DocumentType.PLAN_END_LETTER,
                DocumentSubject.ofPlan(plan.getCaseId(), planId), largePrint, generationKey, task, model(plan)));
    }

    /** A large print copy goes with the letter when a parent or carer of the latest conference asked for one. */
    @Transactional(readOnly = true)
    public boolean largePrintAsked(Long planId) {
        return facts.largePrintAsked(planInForce.plan(planId).getCaseId());
    }

    @Transactional(readOnly = true)
    public Map<String, Object> model(ChildProtectionPlan plan) {
        if (plan.getEndDate() == null || plan.getEndReason() == null) {
            throw new IllegalStateException("Plan " + plan.getId() + " has not ended");
        }
        ChildProtectionCase aCase = facts.caseOf(plan.getCaseId());
        PlanEndReason reason = PlanEndReason.valueOf(plan.getEndReason());
        Letterhead.Contact teamManager = facts.contact(aCase.getTeamManager(), "team manager");
        Letterhead.Contact signedBy = switch (reason) {
            case REVIEW_STEP_DOWN, REVIEW_NO_FURTHER_ACTION ->
                    facts.contact(endingReview(plan).getChair(), "Child Protection Chair");
            case DIED, LEFT_UK, EIGHTEENTH_BIRTHDAY -> plan.getEndDecidedBy() == null ? teamManager
                    : facts.contact(plan.getEndDecidedBy(), "team manager");
            case TRANSFERRED -> teamManager;
        };
        Map<String, Object> model = DocumentModel.forCase(aCase, today.date(),
                signedBy.name() + ", " + signedBy.role());
        model.put("reason", reason.name());
        model.put("givenName", aCase.getChild().getGivenName());
        model.put("greeting", facts.greeting(aCase.getId()));
        model.put("addressee", facts.parentsAddressee(aCase));
        model.put("endedOn", DeadlineService.longDate(plan.getEndDate()));
        model.put("signedBy", signedBy);
        model.put("socialWorker", facts.contact(plan.getLeadSocialWorker(), "social worker"));
        model.put("teamManager", teamManager);
        switch (reason) {
            case REVIEW_STEP_DOWN, REVIEW_NO_FURTHER_ACTION ->
                    model.put("reviewHeldOn", DeadlineService.longDate(endingReview(plan).getHeldDate()));
            case DIED, LEFT_UK, EIGHTEENTH_BIRTHDAY -> {
                model.put("decidedBy", signedBy.name());
                model.put("decidedOn", DeadlineService.longDate(plan.getEndDecisionDate()));
            }
            case TRANSFERRED -> model.put("receivingCouncil", receivingCouncil(aCase));
        }
        return model;
    }

    /** The review conference that ended the plan. */
    private Conference endingReview(ChildProtectionPlan plan) {
        return conferences.ofCase(plan.getCaseId()).stream()
                .filter(c -> plan.getId().equals(c.getPlanId()) && c.endsPlan())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No review ended plan " + plan.getId()));
    }

    private String receivingCouncil(ChildProtectionCase aCase) {
        return endings.events(aCase.getId()).stream()
                .filter(e -> e.getKind() == CaseEvent.Kind.MOVED_TO_ANOTHER_COUNCIL)
                .reduce((first, second) -> second)
                .map(CaseEvent::getDetails)
                .orElseThrow(() -> new IllegalStateException("No move to another council is recorded for case "
                        + aCase.getReference()));
    }
}
