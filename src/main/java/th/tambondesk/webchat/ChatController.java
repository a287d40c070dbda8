package th.tambondesk.webchat;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import th.tambondesk.catalog.Sao;
import th.tambondesk.common.ImageType;
import th.tambondesk.common.Texts;
import th.tambondesk.conversation.Input;

/** The web chat page and the forms it posts. Every post redirects back to the page. */
@Controller
class ChatController {

    private static final Logger log = LoggerFactory.getLogger(ChatController.class);

    static final String VIEW = "webchat/chat";
    /** Flash attribute: a confidential exchange (as {@link WebChat#flash}), shown once and never stored. */
    static final String CONFIDENTIAL = "confidential";
    /** Flash attributes: why nothing was sent (a limit was reached), and what the resident had typed. */
    static final String LIMIT = "limit";
    static final String KEPT = "kept";
    private static final String BACK = "redirect:/chat#end";
    /** As on LINE: a message longer than this is cut. */
    static final int MAX_TEXT = 5000;
    /** The longest message a link may type in. */
    private static final int MAX_SAY = 200;
    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    private final WebChat chat;
    private final ChatSessions sessions;
    private final ChatLimits limits;
    private final Sao sao;
    private final Texts texts;

    ChatController(WebChat chat, ChatSessions sessions, ChatLimits limits, Sao sao, Texts texts) {
        this.chat = chat;
        this.sessions = sessions;
        this.limits = limits;
        this.sao = sao;
        this.texts = texts;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/chat";
    }

    /**
     * The chat page. {@code say} types a message in for the resident to send, as a poster's QR code does on LINE
     * ("ยื่นคำขอ ..."); nothing is sent until the resident presses send.
     */
    @GetMapping("/chat")
    String show(@RequestParam(required = false) String say, HttpServletRequest request, Model model) {
        List<WebChat.Entry> transcript = sessions.existing(request).map(chat::transcript).orElse(List.of());
        List<WebChat.Entry> confidential = model.getAttribute(CONFIDENTIAL) instanceof String flashed
                ? chat.fromFlash(flashed) : null;
        if (confidential != null && !confidential.isEmpty()) {
            model.addAttribute("confidentialBubbles", ChatView.bubbles(confidential));
            transcript = new java.util.ArrayList<>(transcript);
            transcript.addAll(confidential);
        } else if (transcript.isEmpty()) {
            transcript = chat.welcome().stream()
                    .map(reply -> new WebChat.Entry(0, false, null, reply, null))
                    .toList();
        }
        model.addAttribute("sao", sao.profile());
        model.addAttribute("bubbles", ChatView.bubbles(confidential == null ? transcript
                : transcript.subList(0, transcript.size() - confidential.size())));
        model.addAttribute("quickChoices", ChatView.quickChoices(transcript));
        model.addAttribute("maxText", MAX_TEXT);
        String typed = say == null ? "" : say.strip();
        model.addAttribute("prefill", model.getAttribute(KEPT) instanceof String kept ? kept
                : typed.length() > MAX_SAY ? typed.substring(0, MAX_SAY) : typed);
        return VIEW;
    }

    @PostMapping("/chat/text")
    String text(@RequestParam(defaultValue = "") String text, HttpServletRequest request,
                HttpServletResponse response, RedirectAttributes redirect) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            return BACK;
        }
        if (clean.length() > MAX_TEXT) {
            clean = clean.substring(0, MAX_TEXT);
        }
        show(redirect, chat.send(sessions.existingOrNew(request, response), new Input.Text(clean), clean));
        return BACK;
    }

    @PostMapping("/chat/tap")
    String tap(@RequestParam(defaultValue = "") String data, @RequestParam(defaultValue = "") String echo,
               @RequestParam(required = false) String value, HttpServletRequest request,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (data.isBlank() || data.length() > 300 || (value != null && value.length() > 40)) {
            return BACK;
        }
        String said = echo.isBlank() ? "…" : echo.substring(0, Math.min(echo.length(), 300));
        if (value != null && !value.isBlank()) {
            said = said + ": " + value;
        }
        show(redirect, chat.send(sessions.existingOrNew(request, response), new Input.Tap(data, value), said));
        return BACK;
    }

    @PostMapping("/chat/location")
    String location(@RequestParam double latitude, @RequestParam double longitude,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            return BACK;
        }
        show(redirect, chat.send(sessions.existingOrNew(request, response),
                new Input.Location(latitude, longitude, "", ""),
                texts.get("webchat.said.location", String.format("%.5f, %.5f", latitude, longitude))));
        return BACK;
    }

    @PostMapping("/chat/photo")
    String photo(@RequestParam(required = false) MultipartFile photo, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (photo == null || photo.isEmpty()) {
            return BACK;
        }
        String session = sessions.existingOrNew(request, response);
        limits.photo(request.getRemoteAddr(), session);
        String said = texts.get("webchat.said.photo");
        if (photo.getSize() > MAX_PHOTO_BYTES) {
            show(redirect, chat.send(session, Input.Photo.failed(Input.PhotoProblem.TOO_LARGE), said));
            return BACK;
        }
        byte[] bytes = photo.getBytes();
        Input.Photo input = ImageType.detect(bytes)
                .map(type -> Input.Photo.of(bytes, type.mediaType()))
                .orElseGet(() -> Input.Photo.failed(Input.PhotoProblem.NOT_AN_IMAGE));
        show(redirect, chat.send(session, input, said));
        return BACK;
    }

    /** A photo above the server's upload limit never reaches {@link #photo}: answer it the same way. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String photoTooLarge(HttpServletRequest request, HttpServletResponse response) {
        List<WebChat.Entry> confidential;
        try {
            confidential = chat.send(sessions.existingOrNew(request, response),
                    Input.Photo.failed(Input.PhotoProblem.TOO_LARGE), texts.get("webchat.said.photo"));
        } catch (ChatLimits.Reached reached) {
            return limitReached(reached, request);
        }
        if (!confidential.isEmpty()) {
            RequestContextUtils.getOutputFlashMap(request).put(CONFIDENTIAL, chat.flash(confidential));
        }
        return BACK;
    }

    /**
     * Too many new chats from one address, or photos: nothing was sent. Say so and when to try again, and give back
     * what the resident typed.
     */
    @ExceptionHandler(ChatLimits.Reached.class)
    String limitReached(ChatLimits.Reached reached, HttpServletRequest request) {
        long minutes = Math.max(1, (reached.wait.toSeconds() + 59) / 60);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(LIMIT, texts.get(reached.what == ChatLimits.Reached.What.CHATS ? "webchat.limit.chats"
                : "webchat.limit.photos", minutes));
        String typed = request.getRequestURI().endsWith("/chat/text") ? request.getParameter("text") : null;
        if (typed != null && !typed.isBlank()) {
            String text = typed.strip();
            flash.put(KEPT, text.substring(0, Math.min(text.length(), MAX_TEXT)));
        }
        return BACK;
    }

    /**
     * The database is down: nothing was stored, so say so, and give back what the resident typed with a button to
     * send it again. 503 tells proxies and monitors the truth.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView databaseDown(HttpServletRequest request, Exception e) {
        log.error("Web chat could not reach the database: {}", e.toString());
        ModelAndView page = new ModelAndView("webchat/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        String typed = request.getRequestURI().endsWith("/chat/text") ? request.getParameter("text") : null;
        String text = typed == null ? "" : typed.strip();
        page.addObject("text", text.isEmpty() ? null : text.substring(0, Math.min(text.length(), MAX_TEXT)));
        page.addObject("maxText", MAX_TEXT);
        return page;
    }

    private void show(RedirectAttributes redirect, List<WebChat.Entry> confidential) {
        if (!confidential.isEmpty()) {
            redirect.addFlashAttribute(CONFIDENTIAL, chat.flash(confidential));
        }
    }
}
