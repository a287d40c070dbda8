package th.tambondesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseHandling;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.cases.StaffViewer;
import th.tambondesk.common.FiscalYear;
import th.tambondesk.common.MutableClock;

/**
 * The statistics of fiscal year 2562 (1 Oct 2018 – 30 Sep 2019), a year no other test touches: cases and
 * interactions at chosen times, rolled up, reported and exported.
 */
@SpringBootTest
@DirtiesContext // its clock moves: see MutableClock
class ServiceStatisticsTest {

    static final FiscalYear FY2562 = new FiscalYear(2562);
    static final StaffViewer ADMIN = new StaffViewer("admin", "ผู้ดูแลระบบ", true, null);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock statsClock() {
            return new MutableClock(Instant.parse("2018-10-02T03:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Cases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    StatsRollups rollups;

    @Autowired
    ServiceStatistics statistics;

    @Autowired
    StatsExports exports;

    @Autowired
    JdbcTemplate jdbc;

    static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        // October 2018: four street-light reports (LINE, LINE, web, walk-in), two finished after 3 and 5 days.
        CaseView a = open("2018-10-02T03:00:00Z", "street-light", CaseChannel.LINE, "ra");
        CaseView b = open("2018-10-03T03:00:00Z", "street-light", CaseChannel.LINE, "rb");
        CaseView c = open("2018-10-04T03:00:00Z", "street-light", CaseChannel.WEB, "rc");
        open("2018-10-05T03:00:00Z", "street-light", CaseChannel.WALK_IN, null);
        status(a, "2018-10-05T04:00:00Z", CaseStatus.DONE);
        status(b, "2018-10-08T04:00:00Z", CaseStatus.DONE);
        status(c, "2018-10-06T04:00:00Z", CaseStatus.REJECTED);
        clock.set(Instant.parse("2018-10-09T04:00:00Z"));
        cases.rate(CaseChannel.LINE, "ra", a.trackingCode(), 5);
        cases.rate(CaseChannel.LINE, "rb", b.trackingCode(), 3);
        // A building permit (45 days by law): one finished within the time, one late.
        CaseView p1 = open("2019-01-07T03:00:00Z", "building-permit", CaseChannel.LINE, "ra");
        CaseView p2 = open("2019-01-08T03:00:00Z", "building-permit", CaseChannel.PHONE, null);
        status(p1, "2019-01-20T03:00:00Z", CaseStatus.DONE);
        status(p2, "2019-06-20T03:00:00Z", CaseStatus.DONE);
        // The fiscal year's edges, in Thai time: 30 Sep 23:30 belongs to 2562, 1 Oct 00:10 to 2563.
        open("2019-09-30T16:30:00Z", "water-truck", CaseChannel.LINE, "rd");
        open("2019-09-30T17:10:00Z", "water-truck", CaseChannel.LINE, "rd");
        // Residents writing in, and LINE friends.
        log("2018-10-02T03:00:00Z", "LINE", "ra", "IN", "FOLLOW");
        log("2018-10-02T03:01:00Z", "LINE", "ra", "IN", "TEXT");
        log("2018-10-02T03:01:01Z", "LINE", "ra", "OUT", "ANSWER");
        log("2018-11-02T03:00:00Z", "LINE", "ra", "IN", "TEXT");
        log("2018-11-03T03:00:00Z", "WEB", "rc", "IN", "TAP");
        log("2018-11-04T03:00:00Z", "LINE", "rb", "IN", "FOLLOW");
        log("2018-11-05T03:00:00Z", "LINE", null, "IN", "INTEGRITY_REPORT");
        rollups.refresh();
    }

    @Test
    void countsEachServicesCasesByTheMonthTheyWereReceivedWithTheirResultsAndTimes() {
        StatsReport report = statistics.report(FY2562);
        assertThat(report.months()).hasSize(12);
        assertThat(report.months().get(0).toString()).isEqualTo("2018-10");
        StatsReport.ServiceRow light = row(report, "street-light");
        assertThat(light.received()).containsExactly(4L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(light.receivedTotal()).isEqualTo(4);
        assertThat(light.finished()).isEqualTo(2);
        assertThat(light.closedOther()).isEqualTo(1);
        assertThat(light.inProgress()).isEqualTo(1);
        assertThat(light.averageDays()).isEqualTo(4.0);
        assertThat(light.medianDays()).isEqualTo(4.0);
        assertThat(light.onTimeShare()).as("no standard time known for street lights").isNull();

        StatsReport.ServiceRow permit = row(report, "building-permit");
        assertThat(permit.received().get(3)).isEqualTo(2);
        assertThat(permit.onTimeShare()).isEqualTo(0.5);
        assertThat(permit.medianDays()).isEqualTo((13 + 163) / 2.0);

        StatsReport.ServiceRow fogging = row(report, "fogging");
        assertThat(fogging.receivedTotal()).as("a service without cases is listed with zeros").isZero();
        assertThat(fogging.averageDays()).isNull();
        assertThat(report.total().receivedTotal()).isEqualTo(7);
    }

    @Test
    void theFiscalYearRunsFromOneOctoberToThirtySeptemberInThaiTime() {
        assertThat(row(statistics.report(FY2562), "water-truck").received().get(11)).isEqualTo(1);
        StatsReport next = statistics.report(new FiscalYear(2563));
        assertThat(row(next, "water-truck").received().get(0)).isEqualTo(1);
        assertThat(FY2562.label()).isEqualTo("ปีงบประมาณ 2562");
        assertThat(StatsExports.monthHeaders(FY2562.months())).startsWith("ต.ค. 61", "พ.ย. 61").endsWith("ก.ย. 62");
    }

    @Test
    void theEServiceShareUsersAndFriendsThatE9Watches() {
        StatsReport report = statistics.report(FY2562);
        StatsReport.Channels channels = report.channels();
        assertThat(channels.rows()).extracting(StatsReport.ChannelRow::channel)
                .containsExactly("LINE", "WEB", "WALK_IN", "PHONE", "OPEN311");
        assertThat(channels.total().get(0)).isEqualTo(4);
        assertThat(channels.share().get(0)).isEqualTo(0.75);
        assertThat(channels.share().get(1)).as("a month without cases has no share").isNull();
        assertThat(channels.yearShare()).isEqualTo(5.0 / 7);

        StatsReport.Usage usage = report.usage();
        assertThat(usage.users().subList(0, 3)).containsExactly(1L, 2L, 0L);
        assertThat(usage.usersYear()).as("distinct over the year, not the sum of the months").isEqualTo(2);
        assertThat(usage.newFollowers().subList(0, 2)).containsExactly(1L, 1L);
        assertThat(usage.requestersYear()).isEqualTo(4);
        assertThat(usage.messagesIn().get(1)).isEqualTo(3);

        StatsReport.Satisfaction satisfaction = report.satisfaction();
        assertThat(satisfaction.distribution()).containsExactly(0L, 0L, 1L, 0L, 1L);
        assertThat(satisfaction.average()).isEqualTo(4.0);
    }

    @Test
    void aChangeToAnOldCaseIsCountedAtTheNextRefresh() {
        String code = jdbc.queryForObject("select tracking_code from service_case where service_code = 'street-light'"
                + " and status = 'NEW' and created_at < ?", String.class, Timestamp.from(Instant.parse("2018-11-01T00:00:00Z")));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class, code);
        clock.set(Instant.parse("2019-03-01T03:00:00Z"));
        handling.changeStatus(id, CaseStatus.IN_PROGRESS, "", ADMIN);
        handling.changeStatus(id, CaseStatus.DONE, "", ADMIN);
        assertThat(row(statistics.report(FY2562), "street-light").finished()).as("not before the refresh").isEqualTo(2);
        assertThat(rollups.refresh()).isPositive();
        StatsReport.ServiceRow light = row(statistics.report(FY2562), "street-light");
        assertThat(light.finished()).isEqualTo(3);
        assertThat(light.inProgress()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from stats_case_change", Long.class)).isZero();
        // Put it back for the other tests of this class.
        jdbc.update("update service_case set status = 'NEW', closed_at = null where id = ?", id);
        jdbc.update("insert into stats_case_change (ym) values ('2018-10')");
        rollups.refresh();
    }

    @Test
    void csvHasABomThaiMonthsAndTotalsLikeThePublishedTable() {
        byte[] csv = exports.csv(StatsExports.Kind.O12, FY2562);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("O12 ข้อมูลเชิงสถิติการให้บริการ");
        assertThat(lines.get(1)).isEqualTo("องค์การบริหารส่วนตำบลห้วยจรเข้ ปีงบประมาณ 2562");
        assertThat(lines.get(3)).startsWith("ลำดับ,บริการ,ต.ค. 61,พ.ย. 61").contains(",ก.ย. 62,รวม,เสร็จสิ้น");
        assertThat(lines).anyMatch(l -> l.startsWith("1,แจ้งซ่อมไฟฟ้าสาธารณะ,4,0,0,0,0,0,0,0,0,0,0,0,4,2,1,1,0,0,0,4.0,4.0,"));
        assertThat(lines).anyMatch(l -> l.startsWith(",รวมทั้งหมด,4,0,0,2,0,0,0,0,0,0,0,1,7,"));
        assertThat(text).contains("\r\n");

        String o24 = new String(exports.csv(StatsExports.Kind.O24, FY2562), StandardCharsets.UTF_8);
        assertThat(o24).contains("O24").contains("เรียกรับสินบน,0,0,0");
        assertThat(exports.fileName(StatsExports.Kind.O12, FY2562)).isEqualTo("O12-2562");
    }

    @Test
    void xlsxOpensWithNumbersAsNumbersAndTheChannelsSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(StatsExports.Kind.O12, FY2562)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet o12 = book.getSheet("O12");
            assertThat(o12.getRow(0).getCell(0).getStringCellValue()).isEqualTo("O12 ข้อมูลเชิงสถิติการให้บริการ");
            assertThat(o12.getRow(3).getCell(2).getStringCellValue()).isEqualTo("ต.ค. 61");
            assertThat(o12.getRow(4).getCell(1).getStringCellValue()).isEqualTo("แจ้งซ่อมไฟฟ้าสาธารณะ");
            assertThat(o12.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(4.0);
            Sheet channels = book.getSheet("ช่องทาง");
            assertThat(channels.getRow(4).getCell(1).getStringCellValue()).isEqualTo("LINE");
            assertThat(channels.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(StatsExports.Kind.O24, FY2562)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("O24");
        }
    }

    @Test
    void countsReopenedWithdrawnAndMergedCasesApart() {
        // Fiscal year 2564 (October 2020 on), apart from the cases the other tests count.
        CaseView fixedTwice = open("2020-10-05T03:00:00Z", "road-drain", CaseChannel.LINE, "re");
        CaseView withdrawn = open("2020-10-06T03:00:00Z", "road-drain", CaseChannel.LINE, "rf");
        CaseView earlier = open("2020-10-07T03:00:00Z", "road-drain", CaseChannel.WEB, "rg");
        CaseView duplicate = open("2020-10-08T03:00:00Z", "road-drain", CaseChannel.WEB, "rh");
        status(fixedTwice, "2020-10-09T03:00:00Z", CaseStatus.DONE);
        clock.set(Instant.parse("2020-10-10T03:00:00Z"));
        assertThat(cases.reopen(CaseChannel.LINE, "re", fixedTwice.trackingCode(), "ยังมีน้ำขัง", List.of())).isPresent();
        status(fixedTwice, "2020-10-12T03:00:00Z", CaseStatus.DONE);
        assertThat(cases.cancel(CaseChannel.LINE, "rf", withdrawn.trackingCode(), "แจ้งผิดเรื่อง")).isTrue();
        handling.merge(id(duplicate), id(earlier), ADMIN);
        rollups.refresh();

        StatsReport.ServiceRow drains = row(statistics.report(new FiscalYear(2564)), "road-drain");
        assertThat(drains.receivedTotal()).isEqualTo(4);
        assertThat(drains.finished()).isEqualTo(1);
        assertThat(drains.reopened()).isEqualTo(1);
        assertThat(drains.cancelled()).isEqualTo(1);
        assertThat(drains.merged()).isEqualTo(1);
        assertThat(drains.inProgress()).as("the earlier case, now reported by two").isEqualTo(1);
        assertThat(drains.closedOther()).isZero();
    }

    private long id(CaseView c) {
        return jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class, c.trackingCode());
    }

    @Test
    void theMedianOfAHistogram() {
        assertThat(ServiceStatistics.median(java.util.Map.of())).isNull();
        assertThat(ServiceStatistics.median(java.util.Map.of(3, 1L))).isEqualTo(3.0);
        assertThat(ServiceStatistics.median(java.util.Map.of(1, 1L, 9, 1L))).isEqualTo(5.0);
        assertThat(ServiceStatistics.median(java.util.Map.of(1, 2L, 2, 1L, 10, 1L))).isEqualTo(1.5);
        assertThat(ServiceStatistics.median(java.util.Map.of(0, 5L, 100, 4L))).isEqualTo(0.0);
    }

    private CaseView open(String at, String service, CaseChannel channel, String resident) {
        clock.set(Instant.parse(at));
        Requester requester = resident == null ? null : new Requester(channel, resident, "pseudo-" + resident);
        OpenCase command = new OpenCase(UUID.randomUUID().toString(), service, channel, requester,
                resident == null ? "นายทดสอบ" : null, "0812345678", List.of(new OpenCase.Detail("รายละเอียด", "ทดสอบ")),
                new OpenCase.Place(null, null, "หมู่ 1"), List.of());
        return channel == CaseChannel.WALK_IN || channel == CaseChannel.PHONE ? cases.openWalkIn(command)
                : cases.open(command);
    }

    private void status(CaseView c, String at, CaseStatus status) {
        clock.set(Instant.parse(at));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class, c.trackingCode());
        handling.changeStatus(id, status, status == CaseStatus.REJECTED ? "ไม่อยู่ในอำนาจ" : "", ADMIN);
    }

    private void log(String at, String channel, String resident, String direction, String kind) {
        jdbc.update("insert into interaction_log (channel, resident, direction, kind, occurred_at) values (?, ?, ?, ?, ?)",
                channel, resident == null ? null : "pseudo-" + resident, direction, kind,
                Timestamp.from(Instant.parse(at)));
    }

    private static StatsReport.ServiceRow row(StatsReport report, String code) {
        return report.services().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

}
