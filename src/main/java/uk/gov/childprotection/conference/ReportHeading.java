package uk.gov.childprotection.conference;

/**
 * The headings of the multi-agency conference report template (seed 001), under the Signs of Safety questions
 * (seed 003): the one list the report request letter asks for, the agency's report is written under, and its PDF
 * prints. Each says what belongs under it, in the words the request letter uses.
 */
public enum ReportHeading {
    INVOLVEMENT("Your involvement",
            "how your agency knows the child and the family, and when you last saw them."),
    WORRIES("What we are worried about",
            "what has happened, and what harm it has caused or could cause the child."),
    WORKING_WELL("What is working well",
            "the family's strengths, and what already helps to keep the child safe."),
    COMPLICATIONS("What complicates things", "what makes the worries harder to solve."),
    CHILDS_VIEWS("The child's wishes and feelings",
            "what the child has said or shown you, in their own words where you can."),
    SCALING("Scaling", "on a scale from 0 to 10, where 10 means the child is safe and 0 means you are very "
            + "worried, how safe you think the child is, and why.");

    private final String heading;
    private final String guidance;

    ReportHeading(String heading, String guidance) {
        this.heading = heading;
        this.guidance = guidance;
    }

    public String heading() {
        return heading;
    }

    public String guidance() {
        return guidance;
    }
}
