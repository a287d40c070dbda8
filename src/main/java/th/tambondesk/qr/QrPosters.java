package th.tambondesk.qr;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QrPosters extends JpaRepository<QrPoster, Long> {

    Optional<QrPoster> findByCode(String code);

    boolean existsByCode(String code);

    List<QrPoster> findAllByOrderByActiveDescCreatedAtDesc();
}
