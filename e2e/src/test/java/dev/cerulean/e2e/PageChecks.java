package dev.cerulean.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Axe-style checks of a page, run in the browser: every control has an accessible name and a
 * role a screen reader knows, the page has one main landmark and one h1, and the keyboard
 * reaches every control in order starting with the skip link.
 */
final class PageChecks {
    /** The controls without an accessible name (tag, id and outer HTML start), computed as browsers do for these cases. */
    private static final String UNNAMED = """
            () => {
              const named = e => {
                if ((e.getAttribute('aria-label') || '').trim()) return true;
                const by = e.getAttribute('aria-labelledby');
                if (by && by.split(' ').some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
                if (e.id && Array.from(document.querySelectorAll('label')).some(l => l.htmlFor === e.id && l.textContent.trim())) return true;
                if (e.closest('label') && e.closest('label').textContent.trim()) return true;
                if (['A', 'BUTTON', 'SUMMARY'].includes(e.tagName) && e.textContent.trim()) return true;
                if (e.tagName === 'INPUT' && ['submit', 'button'].includes(e.type) && e.value) return true;
                return !!(e.getAttribute('title') || '').trim();
              };
              const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary');
              return Array.from(controls).filter(e => !named(e)).map(e => e.tagName + '#' + e.id + ' ' + e.outerHTML.slice(0, 80));
            }
            """;

    private PageChecks() {}

    /** Every control labelled; one main, one h1; images described; the language declared. */
    static void labelled(Page page) {
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) page.evaluate(UNNAMED);
        assertThat(unnamed)
                .as("controls without an accessible name on " + page.url())
                .isEmpty();
        assertThat(page.locator("main").count()).as("main landmarks").isEqualTo(1);
        assertThat(page.locator("h1").count()).as("h1 headings").isEqualTo(1);
        assertThat(page.locator("img:not([alt])").count())
                .as("images without alt")
                .isZero();
        assertThat(page.locator("html").getAttribute("lang")).isNotBlank();
        assertThat(page.locator("[tabindex]:not([tabindex='-1']):not([tabindex='0'])")
                        .count())
                .as("positive tabindex (breaks the natural order)")
                .isZero();
    }

    /**
     * The names of the controls Tab reaches from the top of the page, in order, at most {@code max}:
     * what a keyboard user can get to. The page is loaded again first, so that Tab starts at its top.
     */
    static List<String> tabOrder(Page page, int max) {
        page.navigate(page.url());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            page.keyboard().press("Tab");
            String name = (String)
                    page.evaluate(
                            "() => { const e = document.activeElement; if (!e || e === document.body) return ''; "
                                    + "return (e.getAttribute('aria-label') || e.textContent || e.value || e.id || '').trim(); }");
            if (name.isEmpty()) break; // past the last control: focus left the page
            reached.add(name);
        }
        return reached;
    }

    /** The skip link comes first, and Enter on it moves focus to the page's main content. */
    static void skipLinkFirst(Page page, String skip) {
        List<String> order = tabOrder(page, 1);
        assertThat(order).containsExactly(skip);
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
    }
}
