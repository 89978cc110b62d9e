package uk.gov.childprotection.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.census.CensusReturnService;
import uk.gov.childprotection.common.InvalidSubmissionException;

/**
 * The census return page for service managers, reached from Cockpit's monitoring: for a census year, what the
 * return holds and every break of the DfE's rules, each child linked to their census details to mend first; then
 * the file to download.
 */
@Controller
class CensusReturnPageController {

    private final CensusReturnService returns;
    private final Today today;

    CensusReturnPageController(CensusReturnService returns, Today today) {
        this.returns = returns;
        this.today = today;
    }

    @GetMapping("/census")
    String thisYear() {
        return "redirect:/census/" + CensusReturnService.censusYearOf(today.date());
    }

    @GetMapping("/census/{year}")
    String page(@PathVariable String year, Model model, HttpServletResponse response) {
        int latest = CensusReturnService.censusYearOf(today.date());
        model.addAttribute("latest", latest);
        model.addAttribute("longDate", new CasePageController.LongDates());
        int censusYear;
        try {
            censusYear = CensusReturnService.readYear(year, today.date());
        } catch (InvalidSubmissionException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "The census year " + refused.fieldErrors().get("year"));
            return "pages/census-return";
        }
        model.addAttribute("checked", returns.checked(censusYear));
        model.addAttribute("year", censusYear);
        return "pages/census-return";
    }
}
