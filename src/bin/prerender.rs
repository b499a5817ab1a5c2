//! Writes the page, rendered with the article's values, into a built `index.html` (Trunk's
//! post-build hook runs it through `cargo xtask post-build`): readers see the whole article,
//! its figures, the claims and the charts (as SVG) before the wasm arrives, and without it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let body = futures::executor::block_on(explainer::render_page());
    match inject(&html, &body) {
        Some(out) => match std::fs::write(&path, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: {path}: {e}");
                ExitCode::FAILURE
            }
        },
        None => {
            eprintln!("prerender: {path} has no <main id=\"app\">");
            ExitCode::FAILURE
        }
    }
}

/// Puts `body` inside `<main id="app">`, replacing what was there.
fn inject(html: &str, body: &str) -> Option<String> {
    let open = "<main id=\"app\">";
    let start = html.find(open)? + open.len();
    let end = start + html[start..].find("</main>")?;
    Some(format!("{}{}{}", &html[..start], body, &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_into_main() {
        let html = "<body><main id=\"app\"><noscript>x</noscript></main></body>";
        assert_eq!(inject(html, "<p>a</p>").unwrap(), "<body><main id=\"app\"><p>a</p></main></body>");
        assert!(inject("<body></body>", "x").is_none());
    }
}
