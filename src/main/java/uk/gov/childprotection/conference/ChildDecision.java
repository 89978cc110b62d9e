package uk.gov.childprotection.conference;

import java.util.List;

/**
 * The Chair's decision for one child of the meeting, with what is particular to that child: their wishes and
 * feelings, a danger statement where it differs from the family's (null: the family's), their scaling (empty: the
 * family's), and for a plan its categories and lead social worker.
 */
public record ChildDecision(String caseReference, ConferenceDecision decision, List<Category> categories,
        String leadSocialWorker, String wishesAndFeelings, String dangerStatements,
        List<ConferenceRecord.Scaling> scaling, String endPlanReason, boolean seekLegalAdvice,
        String legalAdviceReason) {

    /** The form's field names for each part, so a refusal names the field the Chair sees. */
    public record Fields(String decision, String categories, String leadSocialWorker, String wishesAndFeelings,
            String scaling, String endPlanReason, String seekLegalAdvice, String legalAdviceReason) {

        /** The record of a conference about one child, as the form has always named its fields. */
        public static final Fields ONE_CHILD = new Fields("conferenceDecision", "categories", "leadSocialWorker",
                "childWishesAndFeelings", "scaling", "endPlanReason", "seekLegalAdvice", "legalAdviceReason");

        /** Child {@code i} (from 0) of the form's list of children. */
        public static Fields ofChild(int i) {
            String p = "children[" + i + "].";
            return new Fields(p + "decision", p + "categories", p + "leadSocialWorker", p + "wishesAndFeelings",
                    p + "scaling", p + "endPlanReason", p + "seekLegalAdvice", p + "legalAdviceReason");
        }
    }

    /** The decision of a conference about one child, from the record's own decision fields. */
    static ChildDecision of(String caseReference, ConferenceRecord record) {
        return new ChildDecision(caseReference, record.decision(), record.categories(), record.leadSocialWorker(),
                record.childWishesAndFeelings(), null, List.of(), record.endPlanReason(), record.seekLegalAdvice(),
                record.legalAdviceReason());
    }
}
