package uk.gov.childprotection.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.common.ContactRules;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;

/**
 * The staff directory: how letters reach the social worker and the Chair. The email is the Camunda user's (kept in
 * Admin); the work phone is kept here, by the person themselves or an administrator.
 */
@RestController
class StaffDirectoryController {

    record PhoneChange(@Size(max = 40, message = "must be at most {max} characters") String phone) {
    }

    private final Staff staff;

    StaffDirectoryController(Staff staff) {
        this.staff = staff;
    }

    @GetMapping("/api/staff/{userId}")
    Staff.Contact contact(@PathVariable String userId) {
        if (!staff.exists(userId)) {
            throw new NotFoundException("There is no member of staff " + userId);
        }
        return staff.contact(userId);
    }

    @PutMapping("/api/staff/{userId}/phone")
    Staff.Contact setPhone(@PathVariable String userId, @Valid @RequestBody PhoneChange change) {
        String caller = staff.currentUser();
        if (!userId.equals(caller) && !staff.isMember(caller, Roles.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only " + userId + " or an administrator may change their phone number.");
        }
        if (!staff.exists(userId)) {
            throw new NotFoundException("There is no member of staff " + userId);
        }
        Problems problems = new Problems();
        ContactRules.phone("phone", change.phone(), problems);
        problems.throwIfAny();
        staff.setPhone(userId, change.phone());
        return staff.contact(userId);
    }
}
