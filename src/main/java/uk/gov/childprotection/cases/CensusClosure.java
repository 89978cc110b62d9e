package uk.gov.childprotection.cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceType;
import uk.gov.childprotection.plan.ChildInNeedPlanRepository;
import uk.gov.childprotection.plan.ChildProtectionPlanRepository;
import uk.gov.childprotection.referral.ReferralService;

/** Reads what a case's episode holds, for the census reason it closes with ({@link ClosureReason}). */
@Service
@Transactional(readOnly = true)
public class CensusClosure {

    private final ReferralService referrals;
    private final ConferenceService conferences;
    private final ChildInNeedPlanRepository childInNeedPlans;
    private final ChildProtectionPlanRepository protectionPlans;

    public CensusClosure(ReferralService referrals, ConferenceService conferences,
            ChildInNeedPlanRepository childInNeedPlans, ChildProtectionPlanRepository protectionPlans) {
        this.referrals = referrals;
        this.conferences = conferences;
        this.childInNeedPlans = childInNeedPlans;
        this.protectionPlans = protectionPlans;
    }

    public ClosureReason.Episode episode(ChildProtectionCase aCase) {
        return new ClosureReason.Episode(referrals.findEnquiry(aCase).isPresent(),
                conferences.ofCase(aCase.getId()).stream().anyMatch(CensusClosure::isInitialCpc),
                !childInNeedPlans.findByCaseIdOrderByStartDateAsc(aCase.getId()).isEmpty(),
                !protectionPlans.findByCaseIdOrderByStartDateAsc(aCase.getId()).isEmpty());
    }

    /** The census reason for closing this case now with no further action. */
    public ClosureReason forNoFurtherAction(ChildProtectionCase aCase) {
        return ClosureReason.forNoFurtherAction(episode(aCase));
    }

    /**
     * The conference the census counts as the episode's initial child protection conference (DateOfInitialCPC):
     * an initial conference, or the transfer-in conference of a child who arrived on another council's plan
     * (the receiving council's first conference for the child), once held and decided.
     */
    public static boolean isInitialCpc(Conference conference) {
        return conference.isDecided()
                && (conference.getConferenceType() == ConferenceType.INITIAL
                        || conference.getConferenceType() == ConferenceType.TRANSFER_IN);
    }
}
