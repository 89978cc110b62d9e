package uk.gov.childprotection.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.security.Staff;

/** The agency directory: every member of staff reads it; conference administrators keep it (SecurityConfig). */
@RestController
class AgencyDirectoryController {

    record AgencyEntry(String agency, String label, String teamName, String secureEmail, String postalAddress,
            String phone) {

        static AgencyEntry of(AgencyDirectory.Entry e) {
            return new AgencyEntry(e.agency().name(), e.agency().label(), e.teamName(), e.secureEmail(),
                    e.postalAddress(), e.phone());
        }
    }

    record EntryChange(@Size(max = 200, message = "must be at most {max} characters") String teamName,
            @Size(max = 200, message = "must be at most {max} characters") String secureEmail,
            @Size(max = 1000, message = "must be at most {max} characters") String postalAddress,
            @Size(max = 40, message = "must be at most {max} characters") String phone) {
    }

    private final AgencyDirectory directory;
    private final Staff staff;

    AgencyDirectoryController(AgencyDirectory directory, Staff staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @GetMapping("/api/agencies")
    List<AgencyEntry> all() {
        return directory.all().stream().map(AgencyEntry::of).toList();
    }

    @PutMapping("/api/agencies/{agency}")
    AgencyEntry save(@PathVariable String agency, @Valid @RequestBody EntryChange change) {
        Agency which = java.util.Arrays.stream(Agency.values()).filter(a -> a.name().equals(agency)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no agency " + agency + "; the agencies are "
                        + String.join(", ", java.util.Arrays.stream(Agency.values()).map(Agency::name).toList())));
        return AgencyEntry.of(directory.save(new AgencyDirectory.Entry(which, change.teamName(), change.secureEmail(),
                change.postalAddress(), change.phone()), staff.currentUser()));
    }
}
