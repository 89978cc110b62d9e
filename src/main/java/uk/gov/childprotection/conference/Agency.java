package uk.gov.childprotection.conference;

import uk.gov.childprotection.common.EnumListConverter;

/** Agencies invited to, and attending, a conference. The invitation table (DMN) proposes these names. */
public enum Agency {
    SOCIAL_CARE("Children's social care"),
    POLICE("Police"),
    HEALTH_VISITOR("Health visitor"),
    MIDWIFE("Midwife"),
    GP("GP"),
    SCHOOL("School"),
    SCHOOL_NURSE("School nurse"),
    EARLY_YEARS("Early years setting"),
    CAMHS("Child and adolescent mental health service (CAMHS)"),
    ADULT_MENTAL_HEALTH("Adult mental health service"),
    SUBSTANCE_MISUSE("Drug and alcohol service"),
    DOMESTIC_ABUSE_SERVICE("Domestic abuse service"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    OTHER("Other agency");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The agency a person typed, by its name or label, ignoring case; null if none matches. */
    public static Agency fromText(String text) {
        String wanted = text.trim();
        for (Agency agency : values()) {
            if (agency.name().equalsIgnoreCase(wanted) || agency.label.equalsIgnoreCase(wanted)) {
                return agency;
            }
        }
        return null;
    }

    public static String labels() {
        return java.util.Arrays.stream(values()).map(Agency::label).collect(java.util.stream.Collectors.joining(", "));
    }

    @jakarta.persistence.Converter
    public static class ListConverter extends EnumListConverter<Agency> {
        public ListConverter() {
            super(Agency.class);
        }
    }
}
