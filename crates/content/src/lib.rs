//! The article, its live figures, its claims and the interface strings, as data.
//!
//! The files in `content/` at the repository root are read and checked by `build.rs` and
//! compiled into the statics below, so the app parses nothing at run time and a broken
//! content file fails the build with a message that names it.

pub use model::claims::{Claim, PayerGroup, Source, Text, Verdict};
pub use model::Locale;

pub mod figures;
mod slot;
pub use slot::Slot;

/// A piece of a paragraph: plain text, or a figure that a calculator computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(&'static str),
    /// `article` is the article's own wording of the figure ("650 Milliarden").
    Live {
        slot: Slot,
        article: &'static str,
    },
}

/// A paragraph of the article body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub segments: &'static [Segment],
    /// The calculator that stands beside this paragraph (`c1`, ...), if any.
    pub calculator: Option<&'static str>,
}

impl Paragraph {
    /// The paragraph's text as the article prints it.
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) => *t,
                Segment::Live { article, .. } => *article,
            })
            .collect()
    }
}

/// A whole article, laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    pub title: &'static str,
    /// The standfirst without the byline.
    pub standfirst: &'static str,
    pub byline: &'static str,
    pub paragraphs: &'static [Paragraph],
    /// The closing line ("(Funke Nr. 239)").
    pub closing: &'static str,
}

/// Fills `{name}` placeholders of an interface string.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Ui {
    pub fn get(loc: Locale) -> &'static Ui {
        match loc {
            Locale::De => &UI_DE,
            Locale::En => &UI_EN,
        }
    }
}

/// The claim with the given id.
pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = include_str!("../../../content/article.de.txt");

    /// The laid-out article gives back the verbatim text, line by line.
    #[test]
    fn article_is_verbatim() {
        let a = &ARTICLE_DE;
        let mut lines = vec![a.title.to_string(), String::new(), String::new()];
        lines.push(format!("{} {}", a.standfirst, a.byline));
        lines.extend(a.paragraphs.iter().map(|p| p.text()));
        lines.push(a.closing.to_string());
        assert_eq!(lines.join("\n"), ORIGINAL);
    }

    /// The project's copy equals the shared original where that is present.
    #[test]
    fn article_copy_matches_shared_original() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/article/article.de.txt");
        match std::fs::read_to_string(shared) {
            Ok(original) => assert_eq!(original, ORIGINAL),
            Err(_) => eprintln!("shared article not present; compared with content/ only"),
        }
    }

    #[test]
    fn first_and_last_sentences() {
        assert_eq!(ARTICLE_DE.title, "KI-Wettlauf, Spekulationsblasen & der kommende Fall");
        assert!(ARTICLE_DE.standfirst.starts_with("Der Wettlauf um die Oberhoheit"));
        assert_eq!(ARTICLE_DE.byline, "Von Laura Höllhumer");
        assert_eq!(ARTICLE_DE.closing, "(Funke Nr. 239)");
    }

    #[test]
    fn every_slot_is_in_the_text_once() {
        for slot in Slot::ALL {
            let n = ARTICLE_DE
                .paragraphs
                .iter()
                .flat_map(|p| p.segments)
                .filter(|s| matches!(s, Segment::Live { slot: x, .. } if *x == slot))
                .count();
            assert_eq!(n, 1, "{slot:?}");
        }
    }

    #[test]
    fn c1_stands_beside_the_jp_morgan_paragraph() {
        let p = ARTICLE_DE.paragraphs.iter().find(|p| p.calculator == Some("c1")).unwrap();
        assert!(p.text().contains("J.P. Morgan kritisierte"));
    }

    #[test]
    fn claims_and_groups_are_complete() {
        let c1 = claim("c1").unwrap();
        assert_eq!(c1.verdict, Verdict::CorrectRounded);
        assert_eq!(c1.source.date, "2025-11-10");
        assert!(c1.source_figure.en.contains("$34.72"));
        assert!(PAYER_GROUPS.len() >= 4);
        let ids: Vec<_> = PAYER_GROUPS.iter().map(|g| g.id).collect();
        assert!(ids.contains(&"iphone") && ids.contains(&"netflix"));
        // The prose's per-user figures divide by the same group sizes as the calculator.
        let size = |id: &str| PAYER_GROUPS.iter().find(|g| g.id == id).unwrap().millions;
        assert_eq!(size("iphone"), model::c1::IPHONE_USERS_M);
        assert_eq!(size("netflix"), model::c1::NETFLIX_SUBSCRIBERS_M);
        assert_eq!(size("iphone"), model::c1::PAYERS_M.default);
        for g in PAYER_GROUPS {
            assert!(model::c1::PAYERS_M.contains(g.millions), "{}", g.id);
            assert!(!g.source.publisher.is_empty() && !g.source.date.is_empty(), "{}", g.id);
            assert!(g.source.url.starts_with("https://"), "{}", g.id);
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("{a} und {b}", &[("a", "1"), ("b", "2")]), "1 und 2");
    }
}
