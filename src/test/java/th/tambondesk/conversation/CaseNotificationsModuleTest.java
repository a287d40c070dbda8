package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseStatus;
import th.tambondesk.cases.CaseStatusChanged;
import th.tambondesk.cases.Requester;

/**
 * The conversation module on its own with what it depends on: a case's status change, as the cases module publishes
 * it, becomes a message to the resident who reported it and another to each who joined, for whichever channel
 * delivers them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseNotificationsModuleTest {

    @Test
    void aFinishedCaseTellsItsReporterAndAsksForStars(Scenario scenario) {
        CaseStatusChanged finished = new CaseStatusChanged(1L, 7001L, "69-482137", "แจ้งซ่อมไฟฟ้าสาธารณะ",
                CaseChannel.LINE, "U0123456789abcdef0123456789abcdef", CaseStatus.DONE, "เปลี่ยนหลอดไฟแล้ว",
                Instant.now(), List.of());

        scenario.publish(finished)
                .andWaitForEventOfType(ResidentNotification.class)
                .matching(n -> n.id().equals("case-event:7001"))
                .toArriveAndVerify(notification -> {
                    assertThat(notification.resident()).isEqualTo(
                            new ResidentRef(Channel.LINE, "U0123456789abcdef0123456789abcdef"));
                    Reply.Text text = (Reply.Text) notification.replies().get(0);
                    assertThat(text.text()).contains("69-482137").contains("เสร็จสิ้น").contains("เปลี่ยนหลอดไฟแล้ว");
                    assertThat(text.quickChoices()).extracting(c -> ((Choice.Tap) c.action()).data())
                            .contains(new Postback.Rate("69-482137", 5).data(), new Postback.Reopen("69-482137").data());
                });
    }

    @Test
    void someoneWhoJoinedHearsTheStatusOnTheirOwnChannel(Scenario scenario) {
        CaseStatusChanged started = new CaseStatusChanged(2L, 7002L, "69-482138", "แจ้งซ่อมถนน/ท่อระบายน้ำ",
                CaseChannel.LINE, "U0123456789abcdef0123456789abcdee", CaseStatus.IN_PROGRESS, "นัดช่างวันพรุ่งนี้",
                Instant.now(), List.of(new Requester(CaseChannel.WEB, "neighbour-chat-key", null)));

        scenario.publish(started)
                .andWaitForEventOfType(ResidentNotification.class)
                .matching(n -> n.id().equals("case-event:7002:f0"))
                .toArriveAndVerify(notification -> {
                    assertThat(notification.resident()).isEqualTo(new ResidentRef(Channel.WEB, "neighbour-chat-key"));
                    Reply.Text text = (Reply.Text) notification.replies().get(0);
                    assertThat(text.text()).contains("แจ้งซ่อมถนน/ท่อระบายน้ำ").contains("กำลังดำเนินการ");
                    assertThat(text.quickChoices()).extracting(c -> ((Choice.Tap) c.action()).data())
                            .containsExactly(new Postback.MyCase("69-482138").data());
                });
    }
}
