package uk.gov.childprotection.census;

import java.util.Arrays;

/**
 * The DfE's code sets of the Children in Need census that a person chooses from, in one place, each code with
 * the DfE's own description. (The plan categories, NEG to MUL, live with the conference's {@code Category}; the
 * reasons for closure, RC1 to RC9, with the case's {@code ClosureReason}: each where it is decided.)
 */
public final class CensusCodes {

    private CensusCodes() {
    }

    /** A code of a DfE code set and its description. */
    public interface Coded {
        String code();

        String label();
    }

    private static <E extends Enum<E> & Coded> boolean isCodeOf(Class<E> set, String code) {
        return Arrays.stream(set.getEnumConstants()).anyMatch(e -> e.code().equals(code));
    }

    /**
     * UPNunknown: why a child has no unique pupil number, in the DfE's code set (UN1 to UN7 in the CIN census;
     * UN8 to UN10 belong to another return).
     */
    public enum UpnUnknown implements Coded {
        UN1("The child is under 6 and has not been given a UPN yet"),
        UN2("The child has never attended a state school in England and has no UPN"),
        UN3("The child is educated outside England and has no UPN"),
        UN4("The child came into need in the last week of the year and the UPN is not known yet"),
        UN5("The records that hold UPNs disagree about the child (name or date of birth), so none can be matched"),
        UN6("The child is not looked after and the council cannot obtain the UPN"),
        UN7("The referral led to no further action");

        private final String label;

        UpnUnknown(String label) {
            this.label = label;
        }

        @Override public String code() { return name(); }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(UpnUnknown.class, code);
        }
    }

    /** Ethnicity: the DfE's main codes. */
    public enum Ethnicity implements Coded {
        WBRI("White - British"),
        WIRI("White - Irish"),
        WIRT("Traveller of Irish heritage"),
        WOTH("Any other White background"),
        WROM("Gypsy/Roma"),
        MWBC("White and Black Caribbean"),
        MWBA("White and Black African"),
        MWAS("White and Asian"),
        MOTH("Any other mixed background"),
        AIND("Indian"),
        APKN("Pakistani"),
        ABAN("Bangladeshi"),
        AOTH("Any other Asian background"),
        BCRB("Black Caribbean"),
        BAFR("Black - African"),
        BOTH("Any other Black background"),
        CHNE("Chinese"),
        OOTH("Any other ethnic group"),
        REFU("Refused"),
        NOBT("Information not yet obtained");

        private final String label;

        Ethnicity(String label) {
            this.label = label;
        }

        @Override public String code() { return name(); }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(Ethnicity.class, code);
        }
    }

    /** Disability: none, or each the child has. */
    public enum Disability implements Coded {
        NONE("No disability"),
        MOB("Mobility"),
        HAND("Hand function"),
        PC("Personal care"),
        INC("Incontinence"),
        COMM("Communication"),
        LD("Learning"),
        HEAR("Hearing"),
        VIS("Vision"),
        BEH("Behaviour"),
        CON("Consciousness"),
        AUT("Diagnosed with autism or Asperger syndrome"),
        DDA("Other disability under the Equality Act");

        private final String label;

        Disability(String label) {
            this.label = label;
        }

        @Override public String code() { return name(); }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(Disability.class, code);
        }
    }

    /** PrimaryNeedCode: the main reason the child was assessed as in need. */
    public enum PrimaryNeed implements Coded {
        N1("Abuse or neglect"),
        N2("Child's disability or illness"),
        N3("Parental disability or illness"),
        N4("Family in acute stress"),
        N5("Family dysfunction"),
        N6("Socially unacceptable behaviour"),
        N7("Low income"),
        N8("Absent parenting"),
        N9("Cases other than children in need"),
        N0("Not stated");

        private final String label;

        PrimaryNeed(String label) {
            this.label = label;
        }

        @Override public String code() { return name(); }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(PrimaryNeed.class, code);
        }
    }

    /** ReferralSource: who made the referral, in the census codes. */
    public enum ReferralSource implements Coded {
        INDIVIDUAL_FAMILY("1A", "Individual - family member, relative or carer"),
        INDIVIDUAL_ACQUAINTANCE("1B", "Individual - acquaintance (including neighbours and child minders)"),
        INDIVIDUAL_SELF("1C", "Individual - self"),
        INDIVIDUAL_OTHER("1D", "Individual - other (including strangers, MPs, councillors)"),
        SCHOOLS("2A", "Schools"),
        EDUCATION_SERVICES("2B", "Education services"),
        HEALTH_GP("3A", "Health services - GP"),
        HEALTH_VISITOR("3B", "Health services - health visitor"),
        HEALTH_SCHOOL_NURSE("3C", "Health services - school nurse"),
        HEALTH_OTHER_PRIMARY("3D", "Health services - other primary health services"),
        HEALTH_EMERGENCY("3E", "Health services - A&E (emergency department)"),
        HEALTH_OTHER("3F", "Health services - other (including hospices, midwives, dentists)"),
        HOUSING("4", "Housing (local authority housing or housing association)"),
        LA_SOCIAL_CARE("5A", "Local authority services - social care (for example adult social care)"),
        LA_OTHER_INTERNAL("5B", "Local authority services - other internal (for example youth offending)"),
        LA_EXTERNAL("5C", "Local authority services - external (for example another council's social care)"),
        LA_EARLY_HELP("5D", "Local authority services - early help"),
        POLICE("6", "Police"),
        OTHER_LEGAL("7", "Other legal agency (including courts, probation, immigration, Cafcass, prison)"),
        OTHER("8", "Other (including children's centres, voluntary organisations, foreign authorities)"),
        ANONYMOUS("9", "Anonymous"),
        UNKNOWN("10", "Unknown");

        private final String code;
        private final String label;

        ReferralSource(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override public String code() { return code; }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(ReferralSource.class, code);
        }

        /**
         * The census code the referral's own source gives, where it says which: a school is 2A, the police 6, an
         * anonymous referral 9. Health, another council service, a person or "other" could be several codes:
         * none is guessed.
         */
        public static String suggestedFor(uk.gov.childprotection.cases.ReferralSource source) {
            if (source == null) {
                return null;
            }
            return switch (source) {
                case SCHOOL -> SCHOOLS.code;
                case POLICE -> POLICE.code;
                case ANONYMOUS -> ANONYMOUS.code;
                default -> null;
            };
        }
    }

    /** Factors identified at the end of the assessment (FactorsIdentifiedAtAssessment), the DfE's codes. */
    public enum AssessmentFactor implements Coded {
        ALCOHOL_CHILD("1A", "Alcohol misuse by the child"),
        ALCOHOL_PARENT("1B", "Alcohol misuse by the parent or carer"),
        ALCOHOL_OTHER("1C", "Alcohol misuse by another person in the household"),
        DRUGS_CHILD("2A", "Drug misuse by the child"),
        DRUGS_PARENT("2B", "Drug misuse by the parent or carer"),
        DRUGS_OTHER("2C", "Drug misuse by another person in the household"),
        DOMESTIC_ABUSE_CHILD("3A", "Domestic abuse: the child is the subject"),
        DOMESTIC_ABUSE_PARENT("3B", "Domestic abuse: the parent or carer is the subject"),
        DOMESTIC_ABUSE_OTHER("3C", "Domestic abuse: another person in the household is the subject"),
        MENTAL_HEALTH_CHILD("4A", "Mental health of the child"),
        MENTAL_HEALTH_PARENT("4B", "Mental health of the parent or carer"),
        MENTAL_HEALTH_OTHER("4C", "Mental health of another person in the family or household"),
        LEARNING_DISABILITY_CHILD("5A", "Learning disability of the child"),
        LEARNING_DISABILITY_PARENT("5B", "Learning disability of the parent or carer"),
        LEARNING_DISABILITY_OTHER("5C", "Learning disability of another person in the family or household"),
        PHYSICAL_DISABILITY_CHILD("6A", "Physical disability or illness of the child"),
        PHYSICAL_DISABILITY_PARENT("6B", "Physical disability or illness of the parent or carer"),
        PHYSICAL_DISABILITY_OTHER("6C", "Physical disability or illness of another person in the family or "
                + "household"),
        YOUNG_CARER("7A", "Young carer"),
        PRIVATELY_FOSTERED_OVERSEAS_RETURN("8B", "Privately fostered: an overseas child who intends to return"),
        PRIVATELY_FOSTERED_OVERSEAS_STAY("8C", "Privately fostered: an overseas child who intends to stay"),
        PRIVATELY_FOSTERED_EDUCATION("8D", "Privately fostered: a UK child in an educational placement"),
        PRIVATELY_FOSTERED_FAMILY("8E", "Privately fostered: a UK child in alternative family arrangements"),
        PRIVATELY_FOSTERED_OTHER("8F", "Privately fostered: other"),
        UNACCOMPANIED_ASYLUM_SEEKING("9A", "Unaccompanied asylum-seeking child"),
        MISSING("10A", "Going or being missing"),
        SEXUAL_EXPLOITATION("11A", "Child sexual exploitation"),
        TRAFFICKING("12A", "Trafficking"),
        GANGS("13A", "Gangs"),
        SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "Socially unacceptable behaviour"),
        SELF_HARM("15A", "Self-harm"),
        NEGLECT("16A", "Neglect"),
        EMOTIONAL_ABUSE("17A", "Emotional abuse"),
        PHYSICAL_ABUSE_BY_CHILD("18B", "Physical abuse by another child"),
        PHYSICAL_ABUSE_BY_ADULT("18C", "Physical abuse by an adult"),
        SEXUAL_ABUSE_BY_CHILD("19B", "Sexual abuse by another child"),
        SEXUAL_ABUSE_BY_ADULT("19C", "Sexual abuse by an adult"),
        OTHER("20", "Other"),
        NO_FACTORS("21", "No factors identified"),
        FEMALE_GENITAL_MUTILATION("22A", "Female genital mutilation"),
        FAITH_OR_BELIEF("23A", "Abuse linked to faith or belief"),
        CRIMINAL_EXPLOITATION("24A", "Child criminal exploitation");

        private final String code;
        private final String label;

        AssessmentFactor(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override public String code() { return code; }
        @Override public String label() { return label; }

        public static boolean isCode(String code) {
            return isCodeOf(AssessmentFactor.class, code);
        }
    }
}
