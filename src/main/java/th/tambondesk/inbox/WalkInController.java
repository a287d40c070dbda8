package th.tambondesk.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseContents;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.DateRange;
import th.tambondesk.catalog.FieldSpec;
import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.common.ImageType;
import th.tambondesk.common.PhoneNumber;
import th.tambondesk.common.ThaiDates;
import th.tambondesk.qr.ReceiptQr;

/**
 * Requests that came at the counter or by phone, recorded by staff with the same service forms as the chat. The
 * receipt carries a QR code that links the case to the resident's LINE, so a walk-in becomes an e-service user.
 */
@Controller
class WalkInController {

    private final Catalog catalog;
    private final Cases cases;
    private final Sao sao;
    private final ReceiptQr receiptQr;
    private final Clock clock;

    WalkInController(Catalog catalog, Cases cases, Sao sao, ReceiptQr receiptQr, Clock clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.sao = sao;
        this.receiptQr = receiptQr;
        this.clock = clock;
    }

    @GetMapping("/inbox/walk-in")
    String chooseService(Model model) {
        model.addAttribute("byCategory", catalog.servicesByCategoryName());
        return "inbox/walk-in/choose";
    }

    @GetMapping("/inbox/walk-in/{service}")
    String form(@PathVariable String service, Model model) {
        model.addAttribute("service", catalog.service(service).orElseThrow(NotFound::new));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "inbox/walk-in/form";
    }

    @PostMapping("/inbox/walk-in/{service}")
    String submit(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String service,
                  @RequestParam MultiValueMap<String, String> form, MultipartHttpServletRequest request,
                  Model model, RedirectAttributes redirect) throws IOException {
        ServiceView spec = catalog.service(service).orElseThrow(NotFound::new);
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0).strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        CaseChannel channel = "PHONE".equals(values.get("channel")) ? CaseChannel.PHONE : CaseChannel.WALK_IN;
        String contactName = values.getOrDefault("contactName", "");
        if (contactName.isEmpty()) {
            errors.put("contactName", "inbox.walk-in.required");
        }
        List<CaseContents.Answer> answers = new ArrayList<>();
        List<OpenCase.Photo> photos = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            String value = values.getOrDefault("f-" + field.key(), "");
            switch (field.type()) {
                case PHOTO -> {
                    for (MultipartFile file : request.getFiles("f-" + field.key())) {
                        if (file.isEmpty()) {
                            continue;
                        }
                        byte[] bytes = file.getBytes();
                        Optional<ImageType> type = ImageType.detect(bytes);
                        if (type.isEmpty()) {
                            errors.put(field.key(), "inbox.walk-in.not-a-photo");
                        } else if (photos.size() < field.max()) {
                            photos.add(new OpenCase.Photo(bytes, type.get().mediaType()));
                        }
                    }
                    if (field.required() && photos.isEmpty() && !errors.containsKey(field.key())) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
                case PHONE -> {
                    if (!value.isEmpty()) {
                        Optional<PhoneNumber> parsed = PhoneNumber.parse(value);
                        if (parsed.isEmpty()) {
                            errors.put(field.key(), "inbox.walk-in.bad-phone");
                        } else {
                            answers.add(CaseContents.Answer.text(field, parsed.get().digits()));
                        }
                    } else if (field.required()) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
                case LOCATION -> {
                    if (value.length() > FieldSpec.MAX_PLACE || !value.isEmpty() && value.length() < FieldSpec.MIN_PLACE) {
                        errors.put(field.key(), "inbox.walk-in.bad-place");
                    } else if (!value.isEmpty()) {
                        answers.add(CaseContents.Answer.text(field, value));
                    } else if (field.required()) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
                case DATE -> {
                    if (!value.isEmpty()) {
                        LocalDate date = parseDate(value);
                        if (date == null) {
                            errors.put(field.key(), "inbox.walk-in.bad-date");
                        } else if (!field.dates().allows(date, ThaiDates.toDate(clock.instant()))) {
                            errors.put(field.key(), field.dates() == DateRange.PAST ? "inbox.walk-in.date-future"
                                    : "inbox.walk-in.date-past");
                        } else {
                            answers.add(CaseContents.Answer.text(field, ThaiDates.longDate(date)));
                        }
                    } else if (field.required()) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
                case CHOICE -> {
                    if (!value.isEmpty() && field.options().contains(value)) {
                        answers.add(CaseContents.Answer.text(field, value));
                    } else if (field.required()) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
                case TEXT -> {
                    if (value.length() > FieldSpec.MAX_TEXT) {
                        errors.put(field.key(), "inbox.walk-in.too-long");
                    } else if (!value.isEmpty()) {
                        answers.add(CaseContents.Answer.text(field, value));
                    } else if (field.required()) {
                        errors.put(field.key(), "inbox.walk-in.required");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("service", spec);
            model.addAttribute("requestId", values.getOrDefault("requestId", UUID.randomUUID().toString()));
            model.addAttribute("values", values);
            model.addAttribute("errors", errors);
            return "inbox/walk-in/form";
        }
        String key = "walk-in:" + values.getOrDefault("requestId", UUID.randomUUID().toString());
        CaseContents contents = CaseContents.of(answers);
        CaseView opened = cases.openWalkIn(new OpenCase(limit(key, 40), spec.code(), channel, null,
                limit(contactName, 200), contents.phone(), contents.details(), contents.place(), photos));
        redirect.addFlashAttribute("receipt", receipt(opened));
        return "redirect:/inbox/walk-in/receipt";
    }

    @GetMapping("/inbox/walk-in/receipt")
    String receipt(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/inbox/walk-in";
        }
        model.addAttribute("lineReady", sao.profile().lineId().isPresent());
        model.addAttribute("qr", receiptQr.dataUri(((Receipt) model.getAttribute("receipt")).linkCode()).orElse(null));
        return "inbox/receipt";
    }

    Receipt receipt(CaseView view) {
        return new Receipt(view.trackingCode(), view.serviceName(), view.divisionName(),
                ThaiDates.shortDateTime(view.createdAt()), ThaiDates.longDate(view.dueDate()),
                cases.linkCode(view.trackingCode()).orElse(null));
    }

    /** What the printed receipt shows; carried to the receipt page as a flash attribute, hence serializable. */
    record Receipt(String trackingCode, String serviceName, String divisionName, String createdAt, String dueDate,
                   @Nullable String linkCode) implements java.io.Serializable {
    }

    private static @Nullable LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String limit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
