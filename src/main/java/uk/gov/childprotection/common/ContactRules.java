package uk.gov.childprotection.common;

import java.util.regex.Pattern;

/** What an email address and a UK phone number must look like, wherever a person types one. */
public final class ContactRules {

    /** Something@somewhere.tld, no spaces: enough to catch a slip, without refusing a real address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    /** UK numbers as people write them: 01865 815000, +44 1865 815000, (01865) 815000, 07700 900123. */
    private static final Pattern PHONE = Pattern.compile("(\\+44\\s?|0)[0-9 ()-]{9,16}");

    private ContactRules() {
    }

    public static void email(String field, String value, Problems problems) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
            problems.add(field, "must be an email address, like name@example.gov.uk");
        }
    }

    public static void phone(String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (value.trim().startsWith("+44")) {
            digits = "0" + digits.substring(2); // +44 1865 815000 is 01865 815000
        }
        boolean shaped = PHONE.matcher(value.trim()).matches();
        if (!shaped || digits.length() < 10 || digits.length() > 11) {
            problems.add(field, "must be a UK phone number, like 01865 815000 or 07700 900123");
        }
    }

    /** The part after the @, in lower case; none for something that is not an address. */
    public static String domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
