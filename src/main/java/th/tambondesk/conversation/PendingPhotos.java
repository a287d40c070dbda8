package th.tambondesk.conversation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingPhotos extends JpaRepository<PendingPhoto, Long> {

    List<PendingPhoto> findByResidentIdAndFormIdOrderById(String residentId, String formId);

    @Modifying
    @Query("delete from PendingPhoto p where p.residentId = ?1")
    void deleteByResidentId(String residentId);

    @Modifying
    @Query("delete from PendingPhoto p where p.residentId = ?1 and p.formId = ?2")
    void deleteByResidentIdAndFormId(String residentId, String formId);
}
