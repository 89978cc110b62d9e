package uk.gov.childprotection.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.conference.AgencyDirectory;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.family.FamilyService;
import uk.gov.childprotection.security.Staff;

/**
 * What puts a letter on the council's paper and addresses it: the council's identity (CouncilSettings, the logo
 * read once), the addressee's address block, and the named contacts with their phone and email from the staff
 * directory. Every document gets the identity (DocumentService); each letter adds its addressee and contacts.
 */
@Component
public class Letterhead {

    /** The address block of a letter: the addressee's name and their postal address, a line each. */
    public record Addressee(String name, List<String> lines) {
    }

    /** Someone the reader may contact about the letter: their name, role, and phone and email when known. */
    public record Contact(String name, String role, String phone, String email) {
    }

    private final CouncilSettings council;
    private final String logo;
    private final FamilyService families;
    private final AgencyDirectory agencies;
    private final Staff staff;

    Letterhead(CouncilSettings council, ResourceLoader resources, FamilyService families, AgencyDirectory agencies,
            Staff staff) {
        this.council = council;
        this.logo = dataUri(council.logo(), resources);
        this.families = families;
        this.agencies = agencies;
        this.staff = staff;
    }

    /** The council's identity, for every document's heading. */
    void putInto(Map<String, Object> model) {
        model.put("council", council);
        model.put("councilLogo", logo);
    }

    /**
     * Whom a letter to this participant is addressed to: a parent at their own address (kept with the household's
     * people), the child at theirs, an agency or a named professional at their agency's team in the agency
     * directory. No address known: the block has the name alone (the copy is handed over, or the address added).
     */
    public Addressee of(Participant participant, ChildProtectionCase child) {
        return switch (participant.getKind()) {
            case PARENT -> new Addressee(participant.getName(), participant.getPersonId() == null ? List.of()
                    : families.person(participant.getPersonId())
                            .map(p -> AgencyDirectory.lines(p.getAddress())).orElse(List.of()));
            case CHILD -> new Addressee(participant.getName(),
                    child == null ? List.of() : AgencyDirectory.lines(child.getChild().getAddress()));
            case AGENCY, PROFESSIONAL -> agencies.of(participant.getAgency())
                    .map(entry -> {
                        List<String> lines = new java.util.ArrayList<>();
                        if (participant.getKind() == Participant.Kind.PROFESSIONAL && entry.teamName() != null) {
                            lines.add(entry.teamName());
                        }
                        lines.addAll(entry.addressLines());
                        String name = participant.getKind() == Participant.Kind.AGENCY && entry.teamName() != null
                                ? entry.teamName() + ", " + participant.getName() : participant.getName();
                        return new Addressee(name, lines);
                    })
                    .orElseGet(() -> new Addressee(participant.getName(), List.of()));
        };
    }

    /** A member of staff as a letter's contact, with their phone and email from the staff directory. */
    public Contact contact(String userId, String role) {
        Staff.Contact known = staff.contact(userId);
        return known == null ? null : new Contact(known.name(), role, known.phone(), known.email());
    }

    private static String dataUri(String location, ResourceLoader resources) {
        if (location == null || location.isBlank()) {
            return null;
        }
        Resource resource = resources.getResource(location.trim());
        try (InputStream in = resource.getInputStream()) {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The council's logo (cpc.council.logo) cannot be read from " + location, e);
        }
    }
}
