package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.util.List;

/** The Chair's record of a conference, as submitted. */
public record ConferenceRecord(
        LocalDate heldDate,
        List<Agency> agenciesAttended,
        boolean parentsAttended,
        boolean childAttended,
        boolean confidentialPart,
        String confidentialPartReason,
        String confidentialPartSummary,
        boolean proceedInquorate,
        String inquorateReason,
        String dangerStatements,
        String workingWell,
        String worries,
        String complicatingFactors,
        String childWishesAndFeelings,
        String safetyGoals,
        List<Scaling> scaling,
        ConferenceDecision decision,
        List<Category> categories,
        String leadSocialWorker,
        LocalDate reviewDate,
        String outlinePlan,
        List<Member> coreGroup,
        String endPlanReason,
        boolean seekLegalAdvice,
        String legalAdviceReason) {

    /** The record as it reads for one child of the meeting: the family's assessment, with that child's own decision. */
    ConferenceRecord forChild(ChildDecision child) {
        return new ConferenceRecord(heldDate, agenciesAttended, parentsAttended, childAttended, confidentialPart,
                confidentialPartReason, confidentialPartSummary, proceedInquorate, inquorateReason,
                dangerStatements, workingWell, worries, complicatingFactors, child.wishesAndFeelings(), safetyGoals,
                scaling, child.decision(), child.categories(),
                child.leadSocialWorker(), reviewDate, outlinePlan, coreGroup, child.endPlanReason(),
                child.seekLegalAdvice(), child.legalAdviceReason());
    }

    public record Scaling(String participant, Integer score) {
    }

    public record Member(String name, String role) {
    }
}
