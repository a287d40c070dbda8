package th.tambondesk.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ServiceCases extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

    Optional<ServiceCase> findByIdempotencyKey(String idempotencyKey);

    Optional<ServiceCase> findByTrackingCode(String trackingCode);

    Optional<ServiceCase> findByLinkCode(String linkCode);

    boolean existsByTrackingCode(String trackingCode);

    List<ServiceCase> findTop10ByResidentChannelAndResidentKeyOrderByCreatedAtDesc(CaseChannel channel, String key);

    long countByResidentChannelAndResidentKey(CaseChannel channel, String key);

    @Query("select c.status, count(c) from ServiceCase c where (?1 is null or c.divisionCode = ?1) group by c.status")
    List<Object[]> countByStatus(String division);
}
