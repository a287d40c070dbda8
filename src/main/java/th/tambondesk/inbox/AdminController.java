package th.tambondesk.inbox;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.CatalogAdmin;
import th.tambondesk.catalog.DateRange;
import th.tambondesk.catalog.FaqEdit;
import th.tambondesk.catalog.FieldType;
import th.tambondesk.catalog.ServiceKind;
import th.tambondesk.catalog.StandardTime;

/** The administrator's catalogue pages: services, categories, divisions, FAQ, holidays. */
@Controller
class AdminController {

    private final CatalogAdmin admin;
    private final Catalog catalog;

    AdminController(CatalogAdmin admin, Catalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
    }

    /** The edit form is a plain class with public fields: bind them directly. */
    @InitBinder("form")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/inbox/admin")
    String index() {
        return "inbox/admin/index";
    }

    @GetMapping("/inbox/admin/services")
    String services(Model model) {
        model.addAttribute("services", admin.services());
        model.addAttribute("categories", admin.allCategories());
        model.addAttribute("divisions", catalog.divisions());
        return "inbox/admin/services";
    }

    @GetMapping("/inbox/admin/services/new")
    String newService(Model model) {
        return serviceForm(new ServiceForm().withBlankRows(), true, model);
    }

    @GetMapping("/inbox/admin/services/{code}")
    String editService(@PathVariable String code, Model model) {
        return serviceForm(ServiceForm.of(admin.service(code)), false, model);
    }

    @PostMapping("/inbox/admin/services")
    String saveService(@ModelAttribute("form") ServiceForm form, @RequestParam(defaultValue = "false") boolean creating,
                       Model model, RedirectAttributes redirect) {
        try {
            admin.saveService(form.toEdit());
        } catch (CatalogAdmin.Invalid e) {
            model.addAttribute("error", e.key());
            model.addAttribute("errorDetail", e.detail());
            return serviceForm(form.withBlankRows(), creating, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/inbox/admin/services";
    }

    private String serviceForm(ServiceForm form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("categories", admin.allCategories());
        model.addAttribute("divisions", catalog.divisions());
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("bases", StandardTime.Basis.values());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("dateRanges", DateRange.values());
        return "inbox/admin/service";
    }

    @GetMapping("/inbox/admin/categories")
    String categories(Model model) {
        model.addAttribute("categories", admin.allCategories());
        model.addAttribute("divisions", catalog.divisions());
        return "inbox/admin/categories";
    }

    @PostMapping("/inbox/admin/categories")
    String saveCategory(@RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
        return saved(redirect, () -> admin.saveCategory(code.strip().toLowerCase(), name), "/inbox/admin/categories");
    }

    @PostMapping("/inbox/admin/divisions")
    String saveDivision(@RequestParam String code, @RequestParam String name, @RequestParam String duties,
                        RedirectAttributes redirect) {
        return saved(redirect, () -> admin.saveDivision(code, name, duties), "/inbox/admin/categories");
    }

    @GetMapping("/inbox/admin/faq")
    String faq(Model model) {
        model.addAttribute("entries", admin.faq());
        return "inbox/admin/faq";
    }

    @PostMapping("/inbox/admin/faq")
    String saveFaq(@RequestParam String code, @RequestParam String question, @RequestParam String answer,
                   @RequestParam(defaultValue = "") String requires, @RequestParam(defaultValue = "") String keywords,
                   @RequestParam(defaultValue = "false") boolean active,
                   @RequestParam(defaultValue = "false") boolean verified, RedirectAttributes redirect) {
        FaqEdit edit = new FaqEdit(code.strip().toLowerCase(), question.strip(), answer.strip(), split(requires),
                split(keywords), active, verified);
        return saved(redirect, () -> admin.saveFaq(edit), "/inbox/admin/faq");
    }

    @GetMapping("/inbox/admin/holidays")
    String holidays(Model model) {
        model.addAttribute("holidays", admin.holidays());
        return "inbox/admin/holidays";
    }

    @PostMapping("/inbox/admin/holidays")
    String addHoliday(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @RequestParam String name, RedirectAttributes redirect) {
        return saved(redirect, () -> admin.addHoliday(date, name), "/inbox/admin/holidays");
    }

    @PostMapping("/inbox/admin/holidays/{date}/delete")
    String removeHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         RedirectAttributes redirect) {
        return saved(redirect, () -> admin.removeHoliday(date), "/inbox/admin/holidays");
    }

    @PostMapping("/inbox/admin/holidays/{date}/confirm")
    String confirmHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          RedirectAttributes redirect) {
        return saved(redirect, () -> admin.confirmHoliday(date), "/inbox/admin/holidays");
    }

    private static String saved(RedirectAttributes redirect, Runnable change, String back) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "admin.saved");
        } catch (CatalogAdmin.Invalid e) {
            redirect.addFlashAttribute("error", e.key());
            redirect.addFlashAttribute("errorDetail", e.detail());
        }
        return "redirect:" + back;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
