package th.tambondesk.qr;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QrScans extends JpaRepository<QrScan, Long> {

    /** Per poster: all scans, scans since the date, and the last scan. */
    @Query("""
            select s.posterId as posterId, count(s) as total,
                   sum(case when s.scannedAt >= :since then 1 else 0 end) as recent, max(s.scannedAt) as last
            from QrScan s where s.posterId is not null group by s.posterId""")
    List<PosterCount> countByPoster(@Param("since") Instant since);

    interface PosterCount {
        Long getPosterId();

        long getTotal();

        Long getRecent();

        Instant getLast();
    }

    /** Per source (posters, the general link, receipts) in a period. */
    @Query("select s.source as source, count(s) as total from QrScan s "
            + "where s.scannedAt >= :from and s.scannedAt < :to group by s.source")
    List<SourceCount> countBySource(@Param("from") Instant from, @Param("to") Instant to);

    /** Enums come back as names: the projection proxies cannot see this package's types. */
    interface SourceCount {
        String getSource();

        long getTotal();
    }

    /** One poster's scans by device and app. */
    @Query("select s.device as device, s.lineApp as lineApp, count(s) as total from QrScan s "
            + "where s.posterId = :poster group by s.device, s.lineApp")
    List<DeviceCount> countByDevice(@Param("poster") long posterId);

    interface DeviceCount {
        String getDevice();

        boolean getLineApp();

        long getTotal();
    }

    /** When one poster was scanned since a time, for the monthly chart. */
    @Query("select s.scannedAt from QrScan s where s.posterId = :poster and s.scannedAt >= :since")
    List<Instant> times(@Param("poster") long posterId, @Param("since") Instant since);

    long countByPosterIdAndScannedAtAfter(long posterId, Instant after);

    /** Every scan in a period: poster (or null), source and time. */
    @Query("select s.posterId, s.source, s.scannedAt from QrScan s where s.scannedAt >= :from and s.scannedAt < :to")
    List<Object[]> scansBetween(@Param("from") Instant from, @Param("to") Instant to);
}
