package uk.gov.childprotection.conference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.ContactRules;
import uk.gov.childprotection.common.Problems;

/**
 * The agency directory the conference administrator keeps: for each agency, the team that receives conference
 * papers, its secure email, its postal address and phone. A confidential record is emailed only to an address on
 * a secure domain (the setting {@code cpc.agency-directory.secure-domains}: gov.uk, nhs.net, police.uk and the
 * like); an address elsewhere is refused, so copies to that agency are posted instead.
 */
@Service
@Transactional
public class AgencyDirectory {

    /** One agency's entry, as the administrator writes it and the letters and sending read it. */
    public record Entry(Agency agency, String teamName, String secureEmail, String postalAddress, String phone) {

        /** The postal address a line each (as typed, one per line or separated by commas). */
        public List<String> addressLines() {
            return lines(postalAddress);
        }
    }

    private final AgencyContactRepository contacts;
    private final Today today;
    private final List<String> secureDomains;

    AgencyDirectory(AgencyContactRepository contacts, Today today,
            @Value("${cpc.agency-directory.secure-domains}") List<String> secureDomains) {
        this.contacts = contacts;
        this.today = today;
        this.secureDomains = secureDomains.stream().map(d -> d.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
    }

    /** Every agency, in the order of the list of agencies, with what the directory holds for it (maybe nothing). */
    @Transactional(readOnly = true)
    public List<Entry> all() {
        Map<Agency, AgencyContact> kept = contacts.findAll().stream()
                .collect(Collectors.toMap(AgencyContact::getAgency, Function.identity()));
        return Arrays.stream(Agency.values()).map(a -> kept.containsKey(a) ? entry(kept.get(a))
                : new Entry(a, null, null, null, null)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> of(Agency agency) {
        return agency == null ? Optional.empty() : contacts.findById(agency).map(AgencyDirectory::entry);
    }

    /** Checks and keeps an agency's entry: every problem at once, in words, and nothing kept if there is one. */
    public Entry save(Entry entry, String by) {
        Problems problems = new Problems();
        String email = blankToNull(entry.secureEmail());
        ContactRules.email("secureEmail", email, problems);
        if (email != null && !problems.has("secureEmail") && !isSecure(email)) {
            problems.add("secureEmail", "must be a secure email address (on " + String.join(", ", secureDomains)
                    + "); leave it empty and the copies are posted");
        }
        ContactRules.phone("phone", entry.phone(), problems);
        length(problems, "teamName", entry.teamName(), 200);
        length(problems, "secureEmail", email, 200);
        length(problems, "postalAddress", entry.postalAddress(), 1000);
        problems.throwIfAny();
        AgencyContact contact = contacts.findById(entry.agency()).orElseGet(() -> new AgencyContact(entry.agency()));
        contact.update(new Entry(entry.agency(), blankToNull(entry.teamName()), email,
                blankToNull(entry.postalAddress()), blankToNull(entry.phone())), by, today.now().toInstant());
        return entry(contacts.save(contact));
    }

    /** Whether an address is on one of the secure domains, or a subdomain of one. */
    public boolean isSecure(String email) {
        String domain = ContactRules.domainOf(email);
        return domain != null && secureDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    private static void length(Problems problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "must be at most " + max + " characters");
        }
    }

    private static Entry entry(AgencyContact c) {
        return new Entry(c.getAgency(), c.getTeamName(), c.getSecureEmail(), c.getPostalAddress(), c.getPhone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** An address as lines: one per line typed, or split at commas when typed on one line. */
    public static List<String> lines(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        String[] parts = address.contains("\n") ? address.split("\\R") : address.split(",");
        return Arrays.stream(parts).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }
}
