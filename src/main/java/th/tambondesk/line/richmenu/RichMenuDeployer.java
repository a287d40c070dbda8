package th.tambondesk.line.richmenu;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.RichMenuResponse;

/**
 * Puts the rich menu of the repository on the channel, safely run again and again: LINE validates the definition;
 * a menu named after the content's hash is created only if it is not there yet; its image is uploaded only if it
 * has none; it becomes the default; the channel's older TambonDesk menus are deleted (never menus made by hand in
 * LINE Official Account Manager, whose names do not start with ours). With {@code dryRun} nothing is changed.
 */
final class RichMenuDeployer {

    private final MessagingApiClient api;
    private final MessagingApiBlobClient blob;
    private final PrintStream out;

    public RichMenuDeployer(MessagingApiClient api, MessagingApiBlobClient blob, PrintStream out) {
        this.api = api;
        this.blob = blob;
        this.out = out;
    }

    /** Returns the rich menu id now in use (or that would be, "(new)" in a dry run). */
    public String deploy(RichMenuFiles files, boolean dryRun) {
        List<String> problems = RichMenuRules.check(files);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rich menu files have problems:\n  - " + String.join("\n  - ", problems));
        }
        // The rules have just checked that there is an image.
        byte[] image = java.util.Objects.requireNonNull(files.image(), RichMenuFiles.IMAGE);
        String name = files.deployName();
        say("LINE validates the definition");
        call(api.validateRichMenuObject(files.deployRequest()));

        List<RichMenuResponse> menus = call(api.getRichMenuList()).richmenus();
        List<RichMenuResponse> ours = menus.stream()
                .filter(m -> m.name() != null && m.name().startsWith(files.baseName() + " ")).toList();
        Optional<RichMenuResponse> current = ours.stream().filter(m -> name.equals(m.name())).findFirst();

        String id;
        if (current.isPresent()) {
            id = current.get().richMenuId();
            say("rich menu \"" + name + "\" is already on the channel: " + id);
            if (hasImage(id)) {
                say("its image is already uploaded");
            } else {
                act(dryRun, "upload " + RichMenuFiles.IMAGE + " (" + image.length + " bytes) to " + id,
                        () -> call(blob.setRichMenuImage(id, upload(image))));
            }
        } else if (dryRun) {
            id = "(new)";
            say("would create rich menu \"" + name + "\" and upload " + RichMenuFiles.IMAGE + " ("
                    + image.length + " bytes)");
        } else {
            id = call(api.createRichMenu(files.deployRequest())).richMenuId();
            say("created rich menu \"" + name + "\": " + id);
            call(blob.setRichMenuImage(id, upload(image)));
            say("uploaded " + RichMenuFiles.IMAGE + " (" + image.length + " bytes)");
        }

        String defaultId = defaultMenu().orElse(null);
        if (id.equals(defaultId)) {
            say("it is already the default rich menu");
        } else {
            act(dryRun, "make " + id + " the default rich menu (was " + (defaultId == null ? "none" : defaultId) + ")",
                    () -> call(api.setDefaultRichMenu(id)));
        }
        for (RichMenuResponse old : ours) {
            if (!old.richMenuId().equals(id)) {
                act(dryRun, "delete the older rich menu \"" + old.name() + "\": " + old.richMenuId(),
                        () -> call(api.deleteRichMenu(old.richMenuId())));
            }
        }
        say(dryRun ? "dry run: nothing was changed" : "done: " + id + " is the rich menu of every chat");
        return id;
    }

    private boolean hasImage(String id) {
        try {
            call(blob.getRichMenuImage(id));
            return true;
        } catch (LineApiException e) {
            if (e.status == 404) {
                return false;
            }
            throw e;
        }
    }

    private Optional<String> defaultMenu() {
        try {
            return Optional.ofNullable(call(api.getDefaultRichMenuId()).richMenuId());
        } catch (LineApiException e) {
            if (e.status == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void act(boolean dryRun, String what, Runnable action) {
        if (dryRun) {
            say("would " + what);
        } else {
            action.run();
            say(what.substring(0, 1).toUpperCase() + what.substring(1) + ": done");
        }
    }

    private void say(String line) {
        out.println(line);
    }

    private static UploadFile upload(byte[] image) {
        return UploadFile.fromByteArray(image, (image[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png");
    }

    /** LINE refused, with its HTTP status and message. */
    public static final class LineApiException extends RuntimeException {
        final int status;

        LineApiException(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }
    }

    private static <T> T call(CompletableFuture<Result<T>> future) {
        try {
            return future.get().body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AbstractLineClientException line) {
                throw new LineApiException(line.getCode(), "LINE answered " + line.getCode() + ": "
                        + line.getMessage(), line);
            }
            throw new IllegalStateException("LINE could not be reached: " + cause, cause);
        }
    }
}
