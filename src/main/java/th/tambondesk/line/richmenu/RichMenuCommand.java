package th.tambondesk.line.richmenu;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.client.base.channel.FixedChannelTokenSupplier;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

/**
 * {@code bin/richmenu}: {@code check} the rich menu files, draw the {@code image} again, or {@code deploy} the menu
 * to the LINE channel ({@code --dry-run} prints what it would do). Deploying needs {@code LINE_CHANNEL_TOKEN}.
 */
public final class RichMenuCommand {

    static final String USAGE = """
            usage: bin/richmenu check               check richmenu/ against LINE's rules
                   bin/richmenu image               draw richmenu/richmenu.png from richmenu.json and image.json
                   bin/richmenu deploy [--dry-run]  validate with LINE, create, upload, make default, remove the old
            options: --dir <folder> (default: richmenu)
            deploy reads LINE_CHANNEL_TOKEN (and LINE_API_END_POINT, LINE_BLOB_END_POINT for a stub)""";

    private RichMenuCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /** The exit code: 0 done, 1 the files or LINE refused, 2 wrong usage. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "" : args.get(0);
        boolean dryRun = args.contains("--dry-run");
        int dirAt = args.indexOf("--dir");
        Path dir = Path.of(dirAt >= 0 && dirAt + 1 < args.size() ? args.get(dirAt + 1) : "richmenu");
        try {
            switch (command) {
                case "check" -> {
                    List<String> problems = RichMenuRules.check(RichMenuFiles.load(dir));
                    problems.forEach(p -> err.println("problem: " + p));
                    out.println(problems.isEmpty() ? "the rich menu in " + dir + " follows LINE's rules" : "");
                    return problems.isEmpty() ? 0 : 1;
                }
                case "image" -> {
                    RichMenuFiles files = RichMenuFiles.load(dir);
                    List<String> problems = RichMenuRules.definition(files.definition());
                    problems.addAll(RichMenuRules.style(files));
                    if (!problems.isEmpty()) {
                        problems.forEach(p -> err.println("problem: " + p));
                        return 1;
                    }
                    byte[] png = RichMenuImage.png(files);
                    Files.write(dir.resolve(RichMenuFiles.IMAGE), png);
                    out.println("wrote " + dir.resolve(RichMenuFiles.IMAGE) + " (" + png.length + " bytes)");
                    return png.length > RichMenuRules.MAX_IMAGE_BYTES ? 1 : 0;
                }
                case "deploy" -> {
                    String token = env.getOrDefault("LINE_CHANNEL_TOKEN", "");
                    if (token.isBlank()) {
                        err.println("set LINE_CHANNEL_TOKEN (LINE Developers console > Messaging API > Channel access token)");
                        return 2;
                    }
                    MessagingApiClient api = MessagingApiClient.builder(FixedChannelTokenSupplier.of(token))
                            .apiEndPoint(endPoint(env, "LINE_API_END_POINT", "https://api.line.me/")).build();
                    MessagingApiBlobClient blob = MessagingApiBlobClient.builder(FixedChannelTokenSupplier.of(token))
                            .apiEndPoint(endPoint(env, "LINE_BLOB_END_POINT", "https://api-data.line.me/")).build();
                    new RichMenuDeployer(api, blob, out).deploy(RichMenuFiles.load(dir), dryRun);
                    return 0;
                }
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("failed: " + e.getMessage());
            return 1;
        }
    }

    private static java.net.URI endPoint(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, "");
        return java.net.URI.create(value.isBlank() ? fallback : value);
    }
}
