package uk.gov.childprotection.conference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyContactRepository extends JpaRepository<AgencyContact, Agency> {
}
