package th.tambondesk.qr;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QrScans extends JpaRepository<QrScan, Long> {

    /** Per poster: its scans since the time (the recent ones only: an index range, not the whole table). */
    @Query("select s.posterId as posterId, count(s) as recent from QrScan s "
            + "where s.scannedAt >= :since and s.posterId is not null group by s.posterId")
    List<RecentCount> countRecentByPoster(@Param("since") Instant since);

    interface RecentCount {
        Long getPosterId();

        long getRecent();
    }

    /** One poster's scans by device and app. */
    @Query("select s.device as device, s.lineApp as lineApp, count(s) as total from QrScan s "
            + "where s.posterId = :poster group by s.device, s.lineApp")
    List<DeviceCount> countByDevice(@Param("poster") long posterId);

    /** Enums come back as names: the projection proxies cannot see this package's types. */
    interface DeviceCount {
        String getDevice();

        boolean getLineApp();

        long getTotal();
    }

    long countByPosterIdAndScannedAtAfter(long posterId, Instant after);
}
