package th.tambondesk.inbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffUsers extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsernameIgnoreCase(String username);

    List<StaffUser> findAllByOrderByUsername();

    /** Whether the account is still active and its sessions of this version still valid. */
    @Query("select count(u) > 0 from StaffUser u where u.id = ?1 and u.active = true and u.sessionVersion = ?2")
    boolean holds(Long id, int sessionVersion);
}
