package th.tambondesk.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ServiceCases extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

    Optional<ServiceCase> findByIdempotencyKey(String idempotencyKey);

    Optional<ServiceCase> findByTrackingCode(String trackingCode);

    Optional<ServiceCase> findByLinkCode(String linkCode);

    boolean existsByTrackingCode(String trackingCode);

    /**
     * A JPQL string, not a derived query: Hibernate 6.6 caches the translation of a query string, but translates a
     * derived query's criteria again on every call (a sixth of a worker's CPU in the webhook benchmark).
     */
    @Query("select c from ServiceCase c where c.residentChannel = ?1 and c.residentKey = ?2 order by c.createdAt desc")
    List<ServiceCase> newestOfResident(CaseChannel channel, String key, Limit limit);

    long countByResidentChannelAndResidentKey(CaseChannel channel, String key);

    @Query("select c.status, count(c) from ServiceCase c where (?1 is null or c.divisionCode = ?1) group by c.status")
    List<Object[]> countByStatus(String division);
}
