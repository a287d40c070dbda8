package th.tambondesk.qr;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.Texts;
import th.tambondesk.common.ThaiDates;

/**
 * Posters and their scans: staff name a poster for each place, print its QR code, and see how often each is
 * scanned. Retired posters keep their counts; their codes lead to a page with the general QR code.
 */
@Service
@Transactional
public class Posters {

    static final int MAX_NAME = 100;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QrPosters posters;
    private final QrScans scans;
    private final ScanCounts counts;
    private final Catalog catalog;
    private final Destinations destinations;
    private final Texts texts;
    private final Clock clock;

    Posters(QrPosters posters, QrScans scans, ScanCounts counts, Catalog catalog, Destinations destinations,
            Texts texts, Clock clock) {
        this.posters = posters;
        this.scans = scans;
        this.counts = counts;
        this.catalog = catalog;
        this.destinations = destinations;
        this.texts = texts;
        this.clock = clock;
    }

    // --- for staff ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PosterView> list() {
        Scans scanned = scanned();
        Map<String, ServiceView> services = activeServices();
        return posters.findAllByOrderByActiveDescCreatedAtDesc().stream()
                .map(p -> view(p, scanned, services))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PosterView> get(long id) {
        return posters.findById(id).map(this::view);
    }

    /** A new poster with a fresh code. */
    public PosterView create(String name, @Nullable PosterTarget target, @Nullable String serviceCode,
                             String createdBy) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InvalidPoster("qr.invalid.name");
        }
        if (cleanName.length() > MAX_NAME) {
            throw new InvalidPoster("qr.invalid.name-length");
        }
        if (target == null) {
            throw new InvalidPoster("qr.invalid.target");
        }
        String service = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip();
        if (target == PosterTarget.SERVICE && service == null) {
            throw new InvalidPoster("qr.invalid.service-missing");
        }
        if (target == PosterTarget.FRIEND || target == PosterTarget.INTEGRITY) {
            service = null;
        }
        if (service != null && activeService(service).isEmpty()) {
            throw new InvalidPoster("qr.invalid.service-closed");
        }
        QrPoster poster = posters.save(new QrPoster(newCode(), cleanName, target, service, clock.instant(), createdBy));
        return view(poster);
    }

    public void rename(long id, String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new InvalidPoster(cleanName.isEmpty() ? "qr.invalid.name" : "qr.invalid.name-length");
        }
        find(id).rename(cleanName);
    }

    public void retire(long id) {
        find(id).retire(clock.instant());
    }

    public void reactivate(long id) {
        find(id).reactivate();
    }

    @Transactional(readOnly = true)
    public PosterStats stats(long id) {
        QrPoster poster = find(id);
        YearMonth thisMonth = YearMonth.from(clock.instant().atZone(ThaiDates.ZONE));
        YearMonth first = thisMonth.minusMonths(11);
        List<YearMonth> year = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            year.add(month);
        }
        long[] byMonth = counts.perMonth(year).getOrDefault(ScanCounts.key(id, QrScan.Source.POSTER),
                new long[year.size()]);
        List<PosterStats.Count> months = new ArrayList<>();
        for (int i = 0; i < year.size(); i++) {
            YearMonth month = year.get(i);
            months.add(new PosterStats.Count(ThaiDates.shortMonth(month.getMonthValue()) + " "
                    + String.format("%02d", (month.getYear() + ThaiDates.BE_OFFSET) % 100), byMonth[i]));
        }
        Map<Devices.Kind, Long> byDevice = new EnumMap<>(Devices.Kind.class);
        long lineApp = 0;
        for (QrScans.DeviceCount count : scans.countByDevice(id)) {
            byDevice.merge(Devices.Kind.valueOf(count.getDevice()), count.getTotal(), Long::sum);
            lineApp += count.getLineApp() ? count.getTotal() : 0;
        }
        List<PosterStats.Count> devices = byDevice.entrySet().stream()
                .map(e -> new PosterStats.Count(texts.get("qr.device." + e.getKey().name()), e.getValue()))
                .toList();
        long afterRetirement = poster.retiredAt() == null ? 0
                : scans.countByPosterIdAndScannedAtAfter(id, poster.retiredAt());
        return new PosterStats(months, devices, lineApp, afterRetirement);
    }

    /**
     * Scans per poster and month for the statistics: every poster made before the last month ended, then the
     * general link and the receipts.
     *
     * @param months consecutive months
     */
    @Transactional(readOnly = true)
    public List<PosterMonths> scansPerMonth(List<YearMonth> months) {
        Instant to = months.get(months.size() - 1).plusMonths(1).atDay(1).atStartOfDay(ThaiDates.ZONE).toInstant();
        Map<String, long[]> byKey = counts.perMonth(months);
        long[] none = new long[months.size()];
        List<PosterMonths> rows = new ArrayList<>();
        for (QrPoster poster : posters.findAllByOrderByActiveDescCreatedAtDesc()) {
            if (poster.createdAt().isBefore(to)) {
                rows.add(PosterMonths.of(poster.name(), poster.active(),
                        byKey.getOrDefault(ScanCounts.key(poster.id(), QrScan.Source.POSTER), none)));
            }
        }
        rows.add(PosterMonths.of(texts.get("qr.stats.general"), true,
                byKey.getOrDefault(ScanCounts.key(ScanCounts.NO_POSTER, QrScan.Source.GENERAL), none)));
        rows.add(PosterMonths.of(texts.get("qr.stats.receipts"), true,
                byKey.getOrDefault(ScanCounts.key(ScanCounts.NO_POSTER, QrScan.Source.RECEIPT), none)));
        return rows;
    }

    /** One poster's scans per month. */
    public record PosterMonths(String name, boolean active, List<Long> perMonth, long total) {

        static PosterMonths of(String name, boolean active, long[] counts) {
            return new PosterMonths(name, active, Arrays.stream(counts).boxed().toList(),
                    Arrays.stream(counts).sum());
        }
    }

    // --- for the printing and the short links (this module) -------------------------------------------------------

    /** What a scan of a poster's code did. */
    record Scan(Outcome outcome, String destination) {
    }

    enum Outcome {
        /** Redirect to the destination. */
        FOUND,
        /** Show the general page: the poster was taken down. */
        RETIRED,
        /** Show the general page: no such code. */
        UNKNOWN
    }

    /** Finds the poster, counts the scan (not robots'), and says where to go. */
    Scan scan(String typedCode, Devices.Device device) {
        Optional<QrPoster> found = normalize(typedCode).flatMap(posters::findByCode);
        if (found.isEmpty()) {
            return new Scan(Outcome.UNKNOWN, destinations.general());
        }
        QrPoster poster = found.get();
        count(poster.id(), QrScan.Source.POSTER, device);
        if (!poster.active()) {
            return new Scan(Outcome.RETIRED, destinations.general());
        }
        return new Scan(Outcome.FOUND, destinations.of(poster.target(),
                Optional.ofNullable(poster.serviceCode()).flatMap(this::activeService)));
    }

    /** The general link: the SAO's account. */
    String scanGeneral(Devices.Device device) {
        count(null, QrScan.Source.GENERAL, device);
        return destinations.general();
    }

    /** A walk-in receipt's code. */
    String scanReceipt(String linkCode, Devices.Device device) {
        count(null, QrScan.Source.RECEIPT, device);
        return destinations.receipt(linkCode);
    }

    Optional<ServiceView> activeService(String code) {
        return catalog.allServices().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private void count(@Nullable Long posterId, QrScan.Source source, Devices.Device device) {
        if (device.counted()) {
            Instant now = clock.instant();
            scans.save(new QrScan(posterId, source, now, device));
            counts.add(posterId, source, now);
        }
    }

    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!posters.existsByCode(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free poster code after 20 attempts");
    }

    private QrPoster find(long id) {
        return posters.findById(id).orElseThrow(() -> new InvalidPoster("qr.invalid.unknown"));
    }

    private PosterView view(QrPoster poster) {
        return view(poster, scanned(), activeServices());
    }

    /** All scans and the last 30 days' of every poster. */
    private record Scans(Map<Long, Long> totals, Map<Long, Long> recent) {
    }

    private Scans scanned() {
        Map<Long, Long> recent = scans.countRecentByPoster(clock.instant().minus(Duration.ofDays(30))).stream()
                .collect(Collectors.toMap(QrScans.RecentCount::getPosterId, QrScans.RecentCount::getRecent));
        return new Scans(counts.totals(), recent);
    }

    private Map<String, ServiceView> activeServices() {
        return catalog.allServices().stream().collect(Collectors.toMap(ServiceView::code, Function.identity()));
    }

    private PosterView view(QrPoster poster, Scans scanned, Map<String, ServiceView> activeServices) {
        String serviceName = null;
        List<PosterView.Problem> problems = new ArrayList<>();
        if (poster.serviceCode() != null) {
            ServiceView active = activeServices.get(poster.serviceCode());
            serviceName = active != null ? active.name()
                    : catalog.service(poster.serviceCode()).map(ServiceView::name).orElse(poster.serviceCode());
            if (active == null) {
                problems.add(PosterView.Problem.SERVICE_CLOSED);
            }
        }
        Optional<String> link = destinations.posterLink(poster.code());
        if (link.isEmpty()) {
            problems.add(PosterView.Problem.NO_PUBLIC_URL);
        }
        if (poster.target().needsLine() && destinations.lineId().isEmpty()) {
            problems.add(PosterView.Problem.NO_LINE_ID);
        }
        if (!poster.active()) {
            problems.add(PosterView.Problem.RETIRED);
        }
        return new PosterView(poster.id(), poster.code(), poster.name(), poster.target(), poster.serviceCode(),
                serviceName, poster.active(), poster.createdAt(), poster.retiredAt(), link.orElse(null),
                scanned.totals().getOrDefault(poster.id(), 0L), scanned.recent().getOrDefault(poster.id(), 0L),
                poster.lastScanAt(), List.copyOf(problems));
    }
}
