//! Writes the page, rendered with the article's values, into a built `index.html` (Trunk's
//! post-build hook runs it through `cargo xtask post-build`, last): readers see the whole
//! article, its figures, the claims and the charts (as SVG) before the wasm arrives, and
//! without it. Beside it, each view that can be embedded gets a page of its own from the same
//! `index.html` (`embed/<view>/index.html`: that view prerendered, the same head), so that a
//! frame in another site's page shows its calculator at once, at its final height. The same
//! pages in English go under `en/` (`en/index.html`, `en/embed/<view>/index.html`), and an
//! address with no page gets `404.html`. Each chart's files, with the article's values, go
//! beside its language's page (`downloads/<chart>.svg` and `.csv`), for the links under the
//! chart where the app does not run.

use content::{Site, Ui};
use model::format::escape;
use model::Locale;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(index: &Path) -> Result<(), String> {
    let shell = std::fs::read_to_string(index).map_err(|e| format!("{}: {e}", index.display()))?;
    let no_main = || format!("{} has no <main id=\"app\">", index.display());
    let no_head = || format!("{} has no <html lang>, <title> or description", index.display());
    let write = |dir: &Path, html: String| {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), html).map_err(|e| format!("{}: {e}", dir.display()))
    };
    let root = index.parent().unwrap_or(Path::new("."));
    for locale in [Locale::De, Locale::En] {
        let shell = localized(&shell, locale).ok_or_else(no_head)?;
        let dir = if locale == Locale::En { root.join("en") } else { root.to_path_buf() };
        let page = futures::executor::block_on(explainer::render_page(locale));
        let mut written = BTreeSet::new();
        write_downloads(&dir, &page, &mut written)?;
        let html = inject(&shell, "", &page).ok_or_else(no_main)?;
        let html = match std::env::var("EXPLAINER_ORIGIN").ok().as_deref().map(str::trim).filter(|o| !o.is_empty()) {
            Some(origin) => alternates(&html, origin, locale).ok_or_else(no_head)?,
            None => html,
        };
        write(&dir, html)?;
        for view in explainer::EMBED_VIEWS {
            let body = futures::executor::block_on(explainer::render_embed(view, locale));
            write_downloads(&dir, &body, &mut written)?;
            let html = inject(&shell, &format!(" data-embed=\"{view}\""), &body).ok_or_else(no_main)?;
            let title = explainer::embed_title(heading(&body), &escape(Ui::get(locale).page_title));
            let html = replace_between(&html, "<title>", "</title>", &title).ok_or_else(no_head)?;
            write(&dir.join("embed").join(view), embed_head(&html).ok_or_else(no_head)?)?;
        }
    }
    let page = not_found(&shell).ok_or_else(no_head)?;
    std::fs::write(root.join("404.html"), page).map_err(|e| format!("{}: {e}", root.display()))
}

/// Writes the files of the charts rendered into `page` (`explainer::take_chart_files`) that
/// are not in `written` yet: `dir/downloads/<id>.svg`, and `<id>.csv` from the chart's table in
/// the page, as the app's download would make them at the article's values.
fn write_downloads(dir: &Path, page: &str, written: &mut BTreeSet<String>) -> Result<(), String> {
    let folder = dir.join(explainer::DOWNLOADS_DIR);
    for file in explainer::take_chart_files() {
        if !written.insert(file.id.clone()) {
            continue;
        }
        let rows =
            figure_table(page, &file.id).ok_or_else(|| format!("the chart {} has no table in its figure", file.id))?;
        let csv = charts::export::csv(&file.title, &file.source, &rows);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for (kind, text) in [("svg", &file.svg), ("csv", &csv)] {
            let path = folder.join(format!("{}.{kind}", file.id));
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// The rows of the table in the figure of the chart `id` (the figure labelled by
/// `<id>-title`) in rendered HTML: each cell's text, with its link's address
/// (`charts::export::csv_cell`), as a browser reads the same table.
fn figure_table(html: &str, id: &str) -> Option<Vec<Vec<String>>> {
    let figure = html.find(&format!("<figure aria-labelledby=\"{id}-title\""))?;
    let figure = &html[figure..figure + html[figure..].find("</figure>")?];
    let table = figure.find("<table")?;
    let table = &figure[table..table + figure[table..].find("</table>")?];
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Option<(String, Option<String>)> = None;
    let mut rest = table;
    while let Some(lt) = rest.find('<') {
        if let Some((text, _)) = cell.as_mut() {
            text.push_str(&unescape(&rest[..lt]));
        }
        let gt = lt + rest[lt..].find('>')?;
        let tag = &rest[lt + 1..gt];
        let name = tag.split(' ').next().unwrap_or("");
        match name {
            "tr" => rows.push(Vec::new()),
            "th" | "td" => cell = Some((String::new(), None)),
            "/th" | "/td" => {
                let (text, link) = cell.take()?;
                rows.last_mut()?.push(charts::export::csv_cell(&text, link.as_deref()));
            }
            "a" => {
                if let Some((_, link @ None)) = cell.as_mut() {
                    *link = attribute(tag, "href").map(|h| unescape(&h));
                }
            }
            _ => {}
        }
        rest = &rest[gt + 1..];
    }
    Some(rows)
}

/// The value of attribute `name` in a tag's text (`a href="x" ...`), as written.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[at..at + tag[at..].find('"')?].to_string())
}

/// Text of rendered HTML as a browser reads it: the character references the renderer
/// writes, decoded.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            n if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// With the site's origin known at build time (`EXPLAINER_ORIGIN`, checked by `cargo xtask
/// post-build` before this runs), an article page names its own address and its translation's
/// for search engines, which want them absolute. (Without it, none: a relative `hreflang` is
/// an error to them.)
fn alternates(html: &str, origin: &str, locale: Locale) -> Option<String> {
    let origin = origin.trim_end_matches('/');
    let own = model::url::page_path("/", locale);
    let links = format!(
        "\n  <link rel=\"canonical\" href=\"{origin}{own}\">\n  <link rel=\"alternate\" hreflang=\"de\" href=\"{origin}/\">\n  <link rel=\"alternate\" hreflang=\"en\" href=\"{origin}/en/\">\n  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{origin}/\">"
    );
    after_title(html, &links)
}

/// The page for an address with no page (`404.html`, which static hosts send with the 404
/// status), in both languages, with links to the article in each: the same head, without its
/// scripts (the app's loader has nothing to take over, the theme's nothing to colour), not to
/// be listed by search engines.
fn not_found(shell: &str) -> Option<String> {
    let (de, en) = (Site::get(Locale::De), Site::get(Locale::En));
    shell.find("<script type=\"module\">")?;
    let mut html = shell.to_string();
    while let Some(start) = html.find("<script") {
        let end = start + html[start..].find("</script>")? + "</script>".len();
        html.replace_range(start..end, "");
    }
    let title = format!("{} – {}", escape(de.not_found_title), escape(en.not_found_title));
    let html = replace_between(&html, "<title>", "</title>", &title)?;
    let html = after_title(&html, "\n  <meta name=\"robots\" content=\"noindex\">")?;
    let part = |site: &Site, lang: &str, heading: &str, href: &str| {
        format!(
            "<section lang=\"{lang}\"><{heading}>{}</{heading}><p>{}</p><p><a href=\"{href}\" hreflang=\"{lang}\">{}</a></p></section>",
            escape(site.not_found_title),
            escape(site.not_found_text),
            escape(site.not_found_link)
        )
    };
    let body = format!("<div class=\"not-found\">{}{}</div>", part(de, "de", "h1", "/"), part(en, "en", "h2", "/en/"));
    inject(&html, "", &body)
}

/// The text of a view's heading in its rendered HTML (the first element of a class named in
/// `EMBED_HEADING`), as HTML.
fn heading(body: &str) -> Option<&str> {
    let start = explainer::EMBED_HEADING
        .split(", ")
        .filter_map(|selector| body.find(&format!("class=\"{}\"", selector.trim_start_matches('.'))))
        .min()?;
    let from = start + body[start..].find('>')? + 1;
    Some(&body[from..from + body[from..].find('<')?])
}

/// The head in a language: the root element's `lang`, the title and the description from
/// `content/ui.toml`.
fn localized(html: &str, locale: Locale) -> Option<String> {
    let ui = Ui::get(locale);
    let html = replace_between(html, "<html lang=\"", "\"", locale.code())?;
    let html = replace_between(&html, "<title>", "</title>", &escape(ui.page_title))?;
    let site = Site::get(locale);
    replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(site.page_description))
}

/// `html` with the text between the first `start` and the next `end` after it replaced.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Option<String> {
    let from = html.find(start)? + start.len();
    let to = from + html[from..].find(end)?;
    Some(format!("{}{with}{}", &html[..from], &html[to..]))
}

/// Puts `body` inside `<main id="app">`, replacing what was there, and `attrs` into its tag.
fn inject(html: &str, attrs: &str, body: &str) -> Option<String> {
    let open = "<main id=\"app\"";
    let tag = html.find(open)? + open.len();
    let start = tag + html[tag..].find('>')? + 1;
    let end = start + html[start..].find("</main>")?;
    Some(format!("{}{attrs}{}{body}{}", &html[..tag], &html[tag..start], &html[end..]))
}

/// The head of an embed page: the root element in the embed style from the first paint (the
/// app sets the same class), and a word for search engines: the view belongs to the pages
/// that embed it (`indexifembedded`), not on its own in their results.
fn embed_head(html: &str) -> Option<String> {
    let tag = html.find("<html")? + "<html".len();
    if tag > html.find("</title>")? {
        return None;
    }
    let html = format!("{} class=\"embed\"{}", &html[..tag], &html[tag..]);
    after_title(&html, "\n  <meta name=\"robots\" content=\"noindex, indexifembedded\">")
}

/// `html` with `text` right after its `</title>`.
fn after_title(html: &str, text: &str) -> Option<String> {
    let at = html.find("</title>")? + "</title>".len();
    Some(format!("{}{text}{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charts_table_is_read_as_a_browser_reads_it() {
        let html = "<figure aria-labelledby=\"a-title\" class=\"chart\"><table><tr><th>x</th></tr></table></figure>\
            <figure aria-labelledby=\"c1-chart-title\" class=\"chart\"><details><summary>Daten</summary><table>\
            <thead><tr><th scope=\"col\">Gruppe</th><th scope=\"col\" class=\"num\">Zahlung</th><th scope=\"col\">Quelle</th></tr></thead>\
            <tbody><tr><th scope=\"row\">iPhone &amp; Co.</th><td class=\"num\">34,72&nbsp;$</td>\
            <td><a href=\"https://x.org/a?b=1&amp;c=2\" rel=\"noopener\">BankMyCell</a>, 4.1.2025</td></tr></tbody></table></details></figure>";
        assert_eq!(
            figure_table(html, "c1-chart").unwrap(),
            vec![
                vec!["Gruppe", "Zahlung", "Quelle"],
                vec!["iPhone & Co.", "34,72\u{a0}$", "BankMyCell, 4.1.2025 (https://x.org/a?b=1&c=2)"],
            ]
        );
        assert_eq!(figure_table(html, "a").unwrap(), vec![vec!["x"]]);
        assert!(figure_table(html, "c9-chart").is_none());
        assert!(figure_table("<figure aria-labelledby=\"b-title\"><p>no table</p></figure>", "b").is_none());
    }

    #[test]
    fn character_references_are_decoded_and_a_lone_ampersand_kept() {
        assert_eq!(
            unescape("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &#8364; & f &unknown; g"),
            "a & b <c> \"d\" 'e' € & f &unknown; g"
        );
    }

    #[test]
    fn injects_into_main() {
        let html = "<body><main id=\"app\"><noscript>x</noscript></main></body>";
        assert_eq!(inject(html, "", "<p>a</p>").unwrap(), "<body><main id=\"app\"><p>a</p></main></body>");
        assert_eq!(
            inject(html, " data-embed=\"c1\"", "<p>a</p>").unwrap(),
            "<body><main id=\"app\" data-embed=\"c1\"><p>a</p></main></body>"
        );
        assert!(inject("<body></body>", "", "x").is_none());
    }

    #[test]
    fn the_head_is_in_the_pages_language() {
        let html = "<html lang=\"de\"><head><title>x</title><meta name=\"description\" content=\"y\"></head>";
        let en = localized(html, Locale::En).unwrap();
        assert!(en.starts_with("<html lang=\"en\">"), "{en}");
        assert!(en.contains(&format!("<title>{}</title>", escape(Ui::get(Locale::En).page_title))));
        assert!(en.contains(&format!("content=\"{}\"", escape(Site::get(Locale::En).page_description))));
        let de = localized(html, Locale::De).unwrap();
        assert!(de.contains("<title>KI-Wettlauf, Spekulationsblasen &amp; der kommende Fall"), "{de}");
        assert!(localized("<html><title>x</title>", Locale::En).is_none());
    }

    #[test]
    fn a_views_heading_is_its_first_question_or_chart_title() {
        let body = "<div><h2 id=\"q\" class=\"calc-question\">Wie viel &amp; wann?</h2><figcaption class=\"chart-title\">T</figcaption>";
        assert_eq!(heading(body), Some("Wie viel &amp; wann?"));
        assert_eq!(heading("<figcaption id=\"x\" class=\"chart-title\">Kurs</figcaption>"), Some("Kurs"));
        assert_eq!(heading("<p>nothing</p>"), None);
    }

    #[test]
    fn with_the_origin_each_article_names_itself_and_its_translation() {
        let html = "<head><title>T</title></head>";
        let en = alternates(html, "https://x.org/", Locale::En).unwrap();
        assert!(en.contains("<link rel=\"canonical\" href=\"https://x.org/en/\">"), "{en}");
        assert!(en.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://x.org/\">"));
        assert!(en.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.org/en/\">"));
        assert!(alternates(html, "https://x.org", Locale::De)
            .unwrap()
            .contains("rel=\"canonical\" href=\"https://x.org/\""));
        assert!(alternates("<head></head>", "https://x.org", Locale::De).is_none());
    }

    #[test]
    fn the_page_for_no_page_has_no_app_and_links_to_the_article_in_each_language() {
        let shell = "<html lang=\"de\"><head><title>T</title><script>theme()</script><script type=\"module\">app()</script></head><body><main id=\"app\"></main></body></html>";
        let page = not_found(shell).unwrap();
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(page.contains("<title>Seite nicht gefunden – Page not found</title>"));
        assert!(page.contains("<a href=\"/\" hreflang=\"de\">") && page.contains("<a href=\"/en/\" hreflang=\"en\">"));
        assert!(not_found("<html><title>T</title></html>").is_none());
    }

    #[test]
    fn an_embed_page_has_the_embed_class_and_asks_not_to_be_listed_alone() {
        let html = "<!doctype html>\n<html lang=\"de\">\n<head>\n  <title>T</title>\n</head>";
        assert_eq!(
            embed_head(html).unwrap(),
            "<!doctype html>\n<html class=\"embed\" lang=\"de\">\n<head>\n  <title>T</title>\n  <meta name=\"robots\" content=\"noindex, indexifembedded\">\n</head>"
        );
        assert!(embed_head("<title>T</title><html>").is_none());
    }
}
