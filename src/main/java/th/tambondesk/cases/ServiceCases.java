package th.tambondesk.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCases extends JpaRepository<ServiceCase, Long> {

    Optional<ServiceCase> findByIdempotencyKey(String idempotencyKey);

    Optional<ServiceCase> findByTrackingCode(String trackingCode);

    boolean existsByTrackingCode(String trackingCode);

    List<ServiceCase> findTop10ByResidentChannelAndResidentKeyOrderByCreatedAtDesc(CaseChannel channel, String key);

    long countByResidentChannelAndResidentKey(CaseChannel channel, String key);
}
