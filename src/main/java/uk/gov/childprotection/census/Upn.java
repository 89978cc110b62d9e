package uk.gov.childprotection.census;

/**
 * The unique pupil number as the DfE issues it: 13 characters, a check letter, then 11 digits (the council's
 * number, the school's and the year of issue, then a serial), then a digit, or a letter for a temporary number.
 * The check letter is worked out from the other twelve: each times its position (2 to 13), added up, divided by
 * 23, the remainder read in the DfE's alphabet of 23 letters (no I, O or S); a letter in the thirteenth place
 * counts as its place in the same alphabet.
 */
final class Upn {

    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    /** What is wrong with it, in words, or null when it is a unique pupil number. */
    static String problem(String typed) {
        String upn = typed.trim().toUpperCase(java.util.Locale.ROOT);
        if (!upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return "The unique pupil number must be 13 characters: a letter, 11 numbers, then a number or a "
                    + "letter, for example A123456789012";
        }
        Character expected = checkLetter(upn);
        if (expected == null || upn.charAt(0) != expected) {
            return "The unique pupil number is not one: its first letter does not match the rest; check it was "
                    + "copied correctly";
        }
        return null;
    }

    /** The check letter the other twelve characters give, or null when the thirteenth is no letter of the set. */
    static Character checkLetter(String upn) {
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = upn.charAt(position - 1);
            int value;
            if (Character.isDigit(c)) {
                value = c - '0';
            } else {
                value = CHECK_LETTERS.indexOf(c);
                if (value < 0) {
                    return null;
                }
            }
            sum += value * position;
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }
}
