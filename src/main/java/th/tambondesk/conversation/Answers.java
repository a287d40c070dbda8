package th.tambondesk.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.Texts;

/**
 * Decides what to say. Until the e-service flows exist, every message is answered with the main menu; events
 * that need no answer get none.
 */
@Component
class Answers {

    private final Texts texts;
    private final Sao sao;
    private final MainMenu mainMenu;

    Answers(Texts texts, Sao sao, MainMenu mainMenu) {
        this.texts = texts;
        this.sao = sao;
        this.mainMenu = mainMenu;
    }

    List<Reply> to(Input input) {
        if (input instanceof Input.Followed followed) {
            return greeting(followed.unblocked());
        }
        if (input instanceof Input.Unfollowed) {
            return List.of();
        }
        if (input instanceof Input.Location) {
            return withMenu(texts.get("conversation.location.outside"));
        }
        if (input instanceof Input.Photo photo) {
            return withMenu(photo.problem() == null
                    ? texts.get("conversation.photo.outside")
                    : photoProblem(photo.problem()));
        }
        if (input instanceof Input.Unsupported unsupported) {
            return unsupported(unsupported.kind());
        }
        return List.of(mainMenu.reply());
    }

    List<Reply> greeting(boolean unblocked) {
        String name = sao.profile().name();
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.Text.of(unblocked
                ? texts.get("conversation.greeting.back", name)
                : texts.get("conversation.greeting", name)));
        replies.add(Reply.Text.of(texts.get("conversation.privacy", sao.profile().shortName())));
        replies.add(mainMenu.reply());
        return replies;
    }

    private List<Reply> unsupported(Input.Kind kind) {
        return switch (kind) {
            case STICKER -> withMenu(texts.get("conversation.sticker"));
            case AUDIO, VIDEO, FILE -> withMenu(texts.get("conversation.media"));
            case UNKNOWN_MESSAGE -> withMenu(texts.get("conversation.unknown-message"));
            case GROUP_CHAT -> List.of(Reply.Text.of(texts.get("conversation.group", sao.profile().shortName())));
            case SILENT_EVENT -> List.of();
        };
    }

    String photoProblem(Input.PhotoProblem problem) {
        return switch (problem) {
            case TOO_LARGE -> texts.get("conversation.photo.too-large");
            case NOT_AN_IMAGE -> texts.get("conversation.photo.not-image");
            case UNREADABLE -> texts.get("conversation.photo.unreadable");
        };
    }

    private List<Reply> withMenu(String text) {
        return List.of(Reply.Text.of(text), mainMenu.reply());
    }
}
