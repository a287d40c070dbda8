package th.tambondesk.inbox;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator keeps the canned replies staff pick in the reply box. */
@Controller
class AdminCannedController {

    private final CannedReplies canned;

    AdminCannedController(CannedReplies canned) {
        this.canned = canned;
    }

    @GetMapping("/inbox/admin/canned")
    String list(Model model) {
        model.addAttribute("replies", canned.findAllByOrderByPositionAscIdAsc().stream().map(CannedReply::view).toList());
        return "inbox/admin/canned";
    }

    @PostMapping("/inbox/admin/canned")
    String add(@RequestParam String title, @RequestParam String body, RedirectAttributes redirect) {
        if (title.isBlank() || body.isBlank()) {
            redirect.addFlashAttribute("error", "admin.invalid.required");
        } else {
            canned.save(new CannedReply(limit(title, 100), limit(body, 2000), (int) canned.count()));
            redirect.addFlashAttribute("notice", "admin.saved");
        }
        return "redirect:/inbox/admin/canned";
    }

    @PostMapping("/inbox/admin/canned/{id}")
    @Transactional
    String update(@PathVariable long id, @RequestParam String title, @RequestParam String body,
                  RedirectAttributes redirect) {
        CannedReply reply = canned.findById(id).orElseThrow(NotFound::new);
        if (!title.isBlank() && !body.isBlank()) {
            reply.update(limit(title, 100), limit(body, 2000));
            redirect.addFlashAttribute("notice", "admin.saved");
        }
        return "redirect:/inbox/admin/canned";
    }

    @PostMapping("/inbox/admin/canned/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        canned.deleteById(id);
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/inbox/admin/canned";
    }

    private static String limit(String text, int max) {
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
