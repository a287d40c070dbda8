package th.tambondesk.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

interface Residents extends JpaRepository<Resident, String> {
}
