package uk.gov.childprotection.cases;

import java.util.EnumSet;
import java.util.Set;

/** The statutory timescales a case is measured against (DOMAIN.md, "Timescales"). */
public enum DeadlineKind {
    ICPC_HELD("Initial child protection conference held within 15 working days of the strategy discussion"),
    TRANSFER_IN_CONFERENCE("Transfer-in conference within 15 working days of being told of the move"),
    SOCIAL_WORKER_REPORT_TO_PARENTS("Social worker's report with the parents 3 working days before the conference"),
    RECORD_DISTRIBUTION("Conference record, outline plan and decision letter with every participant by the end of "
            + "the next working day"),
    FIRST_CORE_GROUP("First core group meeting within 10 working days of the conference that made the plan"),
    CORE_GROUP("Core group meeting within the interval after the last one"),
    STATUTORY_VISIT("Statutory visit within 10 working days of the last one"),
    REVIEW_CONFERENCE("Review conference by the date the last conference set (3 months after the initial, then 6)");

    /** The timescales a Child Protection Plan runs: they stop when the plan ends. */
    public static final Set<DeadlineKind> PLAN_KINDS =
            EnumSet.of(FIRST_CORE_GROUP, CORE_GROUP, STATUTORY_VISIT, REVIEW_CONFERENCE);

    private final String description;

    DeadlineKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
