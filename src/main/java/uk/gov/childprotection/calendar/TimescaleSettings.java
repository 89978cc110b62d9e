package uk.gov.childprotection.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every statutory timescale of the lifecycle, in one place, with the default of Working Together and the
 * councils' leaflets (see DOMAIN.md). A council changes its local policy here (prefix {@code cpc.timescales}).
 */
@Validated
@ConfigurationProperties("cpc.timescales")
public record TimescaleSettings(
        /* ICPC held within this many working days of the strategy discussion that started the S47 enquiry. */
        @DefaultValue("15") @Min(1) int icpcWorkingDays,
        /* The social worker's report reaches the parents this many working days before a conference. */
        @DefaultValue("3") @Min(0) int socialWorkerReportWorkingDaysBefore,
        /* A request to exclude a parent reaches the Chair this many working days before a conference. */
        @DefaultValue("3") @Min(0) int exclusionRequestWorkingDaysBefore,
        /* Summary, outline plan and decision letter reach participants by the end of this working day after. */
        @DefaultValue("1") @Min(0) int recordDistributionWorkingDays,
        /* Parents may ask for amendments to the summary within this many working days of receiving it. */
        @DefaultValue("5") @Min(1) int amendmentRequestWorkingDays,
        /* First core group meeting within this many working days of the conference that made the plan. */
        @DefaultValue("10") @Min(1) int firstCoreGroupWorkingDays,
        /* Later core groups at least this often (6 weeks; councils choose 4w or 1m). */
        @DefaultValue("6w") @NotNull Period coreGroupInterval,
        /* Statutory visits to a child on a plan at least every this many working days. */
        @DefaultValue("10") @Min(1) int visitIntervalWorkingDays,
        /* First review conference within this many months of the initial conference. */
        @DefaultValue("3") @Min(1) int firstReviewMonths,
        /* Later review conferences within this many months of the previous review. */
        @DefaultValue("6") @Min(1) int laterReviewMonths,
        /* Transfer-in conference within this many working days of the receiving council being told. */
        @DefaultValue("15") @Min(1) int transferInWorkingDays,
        /* Complaint about a conference within this many calendar days of it. */
        @DefaultValue("28") @Min(1) int complaintDays,
        /* A parent's or child's feedback link stays open this many calendar days after they are asked (local policy). */
        @DefaultValue("28") @Min(1) int feedbackDays,
        /* The social worker talks with a parent who disagrees with a decision within this many working days (local policy). */
        @DefaultValue("5") @Min(1) int disagreementConversationWorkingDays,
        /* The Chair's informal meeting with a parent still unhappy, within this many working days of that talk (local policy). */
        @DefaultValue("10") @Min(1) int informalMeetingWorkingDays,
        /* The multi-agency panel hears a formal complaint within this many working days of it (local policy). */
        @DefaultValue("20") @Min(1) int complaintPanelWorkingDays,
        /* A parent's request for the conference's audio file is answered, and the file released, within this (UK GDPR: one month). */
        @DefaultValue("1m") @NotNull Period audioRequestResponse,
        /* Core group or review within this many working days of the birth of a child on a pre-birth plan. */
        @DefaultValue("10") @Min(1) int postBirthWorkingDays,
        /* Children of this age and over are invited to their conference (Derby encourages 10+). */
        @DefaultValue("10") @Min(0) @Max(17) int childInvitationAge,
        /* The team manager is asked to arrange a review this long before the 18th birthday that ends the plan. */
        @DefaultValue("6w") @NotNull Period reviewBeforeEighteenthBirthday,
        /* A pre-birth conference is held at least this long before the expected date of delivery (local policy). */
        @DefaultValue("10w") @NotNull Period preBirthConferenceBeforeDueDate,
        /* The person responsible is reminded this many working days before a statutory deadline (0: no reminder). */
        @DefaultValue("2") @Min(0) int reminderWorkingDaysBefore,
        /* A copy sent by post counts as received this many working days after it was posted. */
        @DefaultValue("2") @Min(0) int postalDeliveryWorkingDays) {
}
