package uk.gov.childprotection.conference;

import java.util.List;
import uk.gov.childprotection.common.EnumListConverter;

/** Categories of a Child Protection Plan, with their census codes (MUL when more than one applies). */
public enum Category {
    NEGLECT("NEG", "Neglect"),
    PHYSICAL_ABUSE("PHY", "Physical abuse"),
    SEXUAL_ABUSE("SAB", "Sexual abuse"),
    EMOTIONAL_ABUSE("EMO", "Emotional abuse");

    public static final String MULTIPLE = "MUL";

    private final String censusCode;
    private final String label;

    Category(String censusCode, String label) {
        this.censusCode = censusCode;
        this.label = label;
    }

    public String censusCode() {
        return censusCode;
    }

    public String label() {
        return label;
    }

    /** The census category of abuse for a plan under these categories. */
    public static String censusCodeOf(List<Category> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("A plan needs at least one category");
        }
        return categories.size() == 1 ? categories.get(0).censusCode() : MULTIPLE;
    }

    /** A census code in words: "Neglect" for NEG, "More than one category" for MUL; an unknown code as it is. */
    public static String labelOfCensusCode(String code) {
        if (MULTIPLE.equals(code)) {
            return "More than one category";
        }
        for (Category category : values()) {
            if (category.censusCode.equals(code)) {
                return category.label;
            }
        }
        return code;
    }

    @jakarta.persistence.Converter
    public static class ListConverter extends EnumListConverter<Category> {
        public ListConverter() {
            super(Category.class);
        }
    }
}
