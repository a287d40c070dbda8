package th.tambondesk.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
     * derived query's criteria again on every call, and this runs for every resident's message.
     */
    @Query("select c from ServiceCase c where c.residentChannel = ?1 and c.residentKey = ?2 order by c.createdAt desc")
    List<ServiceCase> newestOfResident(CaseChannel channel, String key, Limit limit);

    /**
     * Open cases of a service in the given map cells: an index lookup (service_case_open_cell) that reads only the
     * columns the duplicate check needs, so no entity, details or snapshot is built per candidate.
     */
    @Query("""
            select new th.tambondesk.cases.CaseSpot(c.id, c.trackingCode, c.serviceName, c.latitude,
                   c.longitude, c.createdAt, c.status, c.reporters)
            from ServiceCase c where c.serviceCode = ?1 and c.openCell in ?2""")
    List<CaseSpot> openInCells(String serviceCode, List<Long> cells);

    /** Whether the resident reported the case, without loading it. */
    @Query("select count(c) > 0 from ServiceCase c where c.id = ?1 and c.residentChannel = ?2 and c.residentKey = ?3")
    boolean reportedBy(Long caseId, CaseChannel channel, String key);

    long countByResidentChannelAndResidentKey(CaseChannel channel, String key);

    /** When the resident opened their cases since an instant, oldest first. */
    @Query("""
            select c.createdAt from ServiceCase c
            where c.residentChannel = ?1 and c.residentKey = ?2 and c.createdAt >= ?3 order by c.createdAt""")
    List<Instant> openedSince(CaseChannel channel, String key, Instant since);

    @Query("select c.status, count(c) from ServiceCase c where (?1 is null or c.divisionCode = ?1) group by c.status")
    List<Object[]> countByStatus(@Nullable String division);
}
