package uk.gov.childprotection.cases;

import uk.gov.childprotection.common.EnumListConverter;

/** What is known at referral about the household; the invitation table proposes agencies from it. */
public enum Circumstance {
    DOMESTIC_ABUSE, PARENTAL_SUBSTANCE_MISUSE, PARENTAL_MENTAL_HEALTH, CHILD_MENTAL_HEALTH,
    PARENT_ON_PROBATION;

    @jakarta.persistence.Converter
    public static class ListConverter extends EnumListConverter<Circumstance> {
        public ListConverter() {
            super(Circumstance.class);
        }
    }
}
