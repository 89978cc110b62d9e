package uk.gov.childprotection.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.plan.ActionProgress;
import uk.gov.childprotection.plan.ActionProgressRecord;
import uk.gov.childprotection.plan.ChildProtectionPlan;
import uk.gov.childprotection.plan.CoreGroupMeeting;
import uk.gov.childprotection.plan.PlanAction;
import uk.gov.childprotection.plan.PlanInForceService;

/**
 * The minutes of a core group meeting with the SMART plan, for the family and the professionals of the core
 * group: who came, what was said, every action of the plan with its progress at this meeting, the categories,
 * the next review and when the core group meets next.
 */
@Service
@Transactional
public class CoreGroupMinutesDocuments {

    private final PlanInForceService planInForce;
    private final ConferenceService conferences;
    private final DocumentFacts facts;
    private final DocumentService documents;

    CoreGroupMinutesDocuments(PlanInForceService planInForce, ConferenceService conferences, DocumentFacts facts,
            DocumentService documents) {
        this.planInForce = planInForce;
        this.conferences = conferences;
        this.facts = facts;
        this.documents = documents;
    }

    public Document write(Long meetingId, boolean largePrint, String generationKey, String task) {
        CoreGroupMeeting meeting = planInForce.meeting(meetingId);
        ChildProtectionPlan plan = planInForce.plan(meeting.getPlanId());
        return documents.generate(new DocumentService.Request(DocumentType.CORE_GROUP_MINUTES,
                DocumentSubject.ofMeeting(plan.getCaseId(), plan.getId(), meetingId), largePrint, generationKey,
                task, model(meeting, plan)));
    }

    /** A large print copy goes with the minutes when a parent or carer of the latest conference asked for one. */
    @Transactional(readOnly = true)
    public boolean largePrintAsked(Long meetingId) {
        return facts.largePrintAsked(planInForce.plan(planInForce.meeting(meetingId).getPlanId()).getCaseId());
    }

    @Transactional(readOnly = true)
    public Map<String, Object> model(CoreGroupMeeting meeting, ChildProtectionPlan plan) {
        ChildProtectionCase aCase = facts.caseOf(plan.getCaseId());
        String recordedBy = meeting.getRecordedBy() != null ? meeting.getRecordedBy() : plan.getLeadSocialWorker();
        Map<String, Object> model = DocumentModel.forCase(aCase, meeting.getMeetingDate(),
                facts.name(recordedBy) + ", social worker");
        Conference latest = conferences.latestDecided(aCase.getId());
        model.put("meetingOn", DeadlineService.longDate(meeting.getMeetingDate()));
        model.put("firstMeeting", meeting.isFirstMeeting());
        model.put("attendees", meeting.getAttendees());
        model.put("notes", meeting.getNotes() == null || meeting.getNotes().isBlank() ? null : meeting.getNotes());
        model.put("actions", actions(meeting, plan));
        model.put("categories", DocumentFacts.categories(latest));
        model.put("leadSocialWorker", facts.name(plan.getLeadSocialWorker()));
        model.put("reviewBy", DeadlineService.longDate(latest.getReviewDate()));
        model.put("nextCoreGroupBy", DeadlineService.longDate(planInForce.coreGroupDueDate(plan.getId())));
        return model;
    }

    /**
     * Every action of the plan as it stands, with its progress at this meeting; an action the plan had before but
     * that this meeting did not discuss says so. Actions first agreed after this meeting are not in its minutes.
     */
    private List<SmartActionLine> actions(CoreGroupMeeting meeting, ChildProtectionPlan plan) {
        Map<Long, ActionProgress> atThisMeeting = new HashMap<>();
        planInForce.progressAt(meeting.getId()).forEach(r -> atThisMeeting.put(r.getActionId(), r.getProgress()));
        Set<Long> knownByThen = new HashSet<>(atThisMeeting.keySet());
        for (CoreGroupMeeting earlier : planInForce.meetings(plan.getId())) {
            if (earlier.getId() < meeting.getId()) {
                planInForce.progressAt(earlier.getId()).stream().map(ActionProgressRecord::getActionId)
                        .forEach(knownByThen::add);
            }
        }
        List<SmartActionLine> lines = new ArrayList<>();
        for (PlanAction action : planInForce.actions(plan.getId())) {
            if (!knownByThen.contains(action.getId())) {
                continue;
            }
            ActionProgress progress = atThisMeeting.get(action.getId());
            lines.add(new SmartActionLine(lines.size() + 1, action.getWhat(), action.getWho(),
                    DeadlineService.longDate(action.getByWhen()), action.getSuccessMeasure(),
                    progress != null ? progress.label()
                            : "Not discussed at this meeting (last recorded: " + action.getProgress().label() + ")"));
        }
        return lines;
    }
}
