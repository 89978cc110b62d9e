package uk.gov.childprotection.family;

import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyRepository extends JpaRepository<Family, Long> {
}
