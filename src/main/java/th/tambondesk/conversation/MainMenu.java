package th.tambondesk.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.Texts;

/** The main menu: the few things a resident comes for, one tap each. */
@Component
class MainMenu {

    static final String SERVICES = "menu:services";
    static final String COMPLAINT = "menu:complaint";
    static final String MY_CASES = "menu:mine";
    static final String INTEGRITY = "menu:integrity";
    static final String CONTACT = "menu:contact";

    private final Texts texts;
    private final Sao sao;

    MainMenu(Texts texts, Sao sao) {
        this.texts = texts;
        this.sao = sao;
    }

    Reply reply() {
        return new Reply.Buttons(
                texts.get("conversation.menu.title"),
                texts.get("conversation.menu.text", sao.profile().shortName()),
                List.of(
                        Choice.tap(texts.get("conversation.menu.services"), SERVICES),
                        Choice.tap(texts.get("conversation.menu.complaint"), COMPLAINT),
                        Choice.tap(texts.get("conversation.menu.mine"), MY_CASES),
                        Choice.tap(texts.get("conversation.menu.integrity"), INTEGRITY),
                        Choice.tap(texts.get("conversation.menu.contact"), CONTACT)));
    }
}
