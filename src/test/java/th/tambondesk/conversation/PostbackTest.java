package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tambondesk.conversation.Postback.FormAction;
import th.tambondesk.conversation.Postback.IntegrityAction;

/** Button data: what the dialogue writes reads back the same, and anything else is read without failing. */
class PostbackTest {

    @Test
    void everyButtonTheDialogueMakesReadsBackAsItself() {
        List<Postback> made = new ArrayList<>(List.of(Postback.Simple.values()));
        made.addAll(List.of(new Postback.Category("roads", 1), new Postback.Category("roads", 3),
                new Postback.ContactPage(2), new Postback.Info("street-light"), new Postback.Request("general"),
                new Postback.MyCase("69-482137"), new Postback.Reopen("69-482137"),
                new Postback.Withdraw("69-482137", null), new Postback.Withdraw("69-482137", 2),
                new Postback.Faq("complaint-channels"), new Postback.Rate("69-482137", 5),
                new Postback.Form("f1a2", new FormAction.EditField("phone")),
                new Postback.Form("f1a2", new FormAction.Option(3))));
        for (FormAction.Button button : FormAction.Button.values()) {
            made.add(new Postback.Form("f1a2", button));
        }
        for (IntegrityAction.Button button : IntegrityAction.Button.values()) {
            made.add(new Postback.Integrity(button));
        }
        made.add(new Postback.Integrity(new IntegrityAction.Category("BRIBERY")));

        for (Postback postback : made) {
            assertThat(Postback.parse(postback.data())).as(postback.data()).isEqualTo(postback);
            assertThat(postback.data().length()).isLessThanOrEqualTo(300);
        }
    }

    @Test
    void theWireFormatOfButtonsAlreadyInResidentsChatsStaysTheSame() {
        assertThat(Postback.Simple.MENU.data()).isEqualTo("menu:main");
        assertThat(Postback.Simple.INTEGRITY.data()).as("the rich menu's button").isEqualTo("menu:integrity");
        assertThat(new Postback.Category("roads", 2).data()).isEqualTo("cat:roads:2");
        assertThat(new Postback.Form("abc", FormAction.Button.TODAY).data()).isEqualTo("f:abc:date:today");
        assertThat(new Postback.Form("abc", new FormAction.Option(1)).data()).isEqualTo("f:abc:opt:1");
        assertThat(new Postback.Integrity(IntegrityAction.Button.SEND_ANONYMOUS).data()).isEqualTo("ig:send:anonymous");
        assertThat(new Postback.Withdraw("69-1", 3).data()).isEqualTo("withdraw-case:69-1:3");
        assertThat(new Postback.Rate("69-1", 4).data()).isEqualTo("rate:69-1:4");
    }

    @Test
    void forgedOrOldDataIsReadWithoutFailing() {
        assertThat(Postback.parse(null)).isEqualTo(new Postback.Unknown(""));
        assertThat(Postback.parse("hello")).isEqualTo(new Postback.Unknown("hello"));
        assertThat(Postback.parse("menu:nothing")).isEqualTo(new Postback.Unknown("menu:nothing"));
        assertThat(Postback.parse("rate:69-1")).isEqualTo(new Postback.Unknown("rate:69-1"));
        assertThat(Postback.parse("rate:69-1:x")).isEqualTo(new Postback.Rate("69-1", 0));
        assertThat(Postback.parse("cat:roads:x")).isEqualTo(new Postback.Category("roads", 1));
        assertThat(Postback.parse("menu:contact:-4")).isEqualTo(new Postback.ContactPage(1));
        assertThat(Postback.parse("withdraw-case:69-1:x")).isEqualTo(new Postback.Withdraw("69-1", -1));
        assertThat(Postback.parse("f:abc")).isEqualTo(new Postback.Form("abc", new FormAction.UnknownAction("")));
        assertThat(Postback.parse("f:abc:opt:x")).isEqualTo(new Postback.Form("abc", new FormAction.Option(-1)));
        assertThat(Postback.parse("ig:send:someone")).as("older named sends")
                .isEqualTo(new Postback.Integrity(IntegrityAction.Button.SEND_NAMED));
        assertThat(Postback.parse("ig:what")).isEqualTo(new Postback.Integrity(new IntegrityAction.UnknownAction("what")));
    }
}
