package th.tambondesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.data.domain.Limit;

import th.tambondesk.catalog.ServiceKind;

/** The resident's own cases, as "เรื่องของฉัน" lists them, on the configured and migrated database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ServiceCasesTest {

    @Autowired
    ServiceCases cases;

    @Test
    void newestOfResidentListsOnlyTheResidentsOwnNewestFirstUpToTheLimit() {
        Instant start = Instant.parse("2026-11-01T02:00:00Z");
        for (int i = 0; i < 12; i++) {
            cases.save(open("TDM-" + i, "Umine", start.plusSeconds(60L * i)));
        }
        cases.save(open("TDO-1", "Uother", start.plusSeconds(3_600)));
        cases.save(open("TDW-1", "Umine", CaseChannel.WEB, start.plusSeconds(7_200)));

        List<ServiceCase> mine = cases.newestOfResident(CaseChannel.LINE, "Umine", Limit.of(10));

        assertThat(mine).extracting(ServiceCase::trackingCode).containsExactly(
                "TDM-11", "TDM-10", "TDM-9", "TDM-8", "TDM-7", "TDM-6", "TDM-5", "TDM-4", "TDM-3", "TDM-2");
        assertThat(cases.newestOfResident(CaseChannel.LINE, "Unobody", Limit.of(10))).isEmpty();
    }

    private static ServiceCase open(String code, String resident, Instant at) {
        return open(code, resident, CaseChannel.LINE, at);
    }

    private static ServiceCase open(String code, String resident, CaseChannel channel, Instant at) {
        OpenCase command = new OpenCase(code, "street-light", channel, new Requester(channel, resident, "p-" + resident),
                null, null, List.of(new OpenCase.Detail("รายละเอียด", "ไฟดับ")), null, List.of());
        return new ServiceCase(code, command, "ไฟฟ้าสาธารณะ", ServiceKind.COMPLAINT, "public-works", at,
                LocalDate.parse("2026-11-10"));
    }
}
