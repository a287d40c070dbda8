package th.tambondesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import th.tambondesk.common.MutableClock;

/** PDPA: personal data of closed cases goes after the retention period; what statistics count stays. */
@SpringBootTest
@DirtiesContext // its clock moves: see MutableClock
class PersonalDataPurgeTest {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock purgeClock() {
            return new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
        }
    }

    @Autowired
    Cases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    PersonalDataPurge purge;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgetsTheResidentButKeepsTheCountOfAClosedCase() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        CaseView opened = cases.open(new OpenCase(UUID.randomUUID().toString(), "street-light", CaseChannel.LINE,
                new Requester(CaseChannel.LINE, "Upurge", "pseudonym-1"), "นายสมชาย", "0812345678",
                List.of(new OpenCase.Detail("รายละเอียด", "หน้าบ้านเลขที่ 9")), new OpenCase.Place(13.8, 100.0, "บ้านเลขที่ 9"),
                List.of(new OpenCase.Photo(jpeg, "image/jpeg"))));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class,
                opened.trackingCode());
        StaffViewer admin = new StaffViewer("admin", "ผู้ดูแล", true, null);
        handling.changeStatus(id, CaseStatus.DONE, null, admin);

        clock.advance(Duration.ofDays(700));
        purge.purge();
        assertThat(jdbc.queryForObject("select phone from service_case where id = ?", String.class, id)).isNotNull();

        clock.advance(Duration.ofDays(31));
        purge.purge();

        Map<String, Object> row = jdbc.queryForMap("select * from service_case where id = ?", id);
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("contact_name")).isNull();
        assertThat(row.get("resident_key")).isNull();
        assertThat(row.get("latitude")).isNull();
        assertThat(row.get("place")).isNull();
        assertThat(String.valueOf(row.get("details"))).doesNotContain("บ้านเลขที่ 9");
        assertThat(row.get("resident_pseudonym")).isEqualTo("pseudonym-1");
        assertThat(row.get("status")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where case_id = ?", Integer.class, id))
                .isZero();
    }
}
