//! The article, its live figures, its claims and the interface strings, as data.
//!
//! The files in `content/` at the repository root are read and checked by `build.rs` and
//! compiled into the statics below, so the app parses nothing at run time and a broken
//! content file fails the build with a message that names it.

pub use model::claims::{Claim, PayerGroup, Source, Text, Verdict};
pub use model::series::{CapeMonth, CapexYear, PricePoint, RegionCount, SharePoint};
pub use model::Locale;

pub mod data;
pub mod figures;
mod slot;
pub use slot::Slot;

/// Where a claim is marked in the text: the claim and which of its marks (0, 1, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MarkRef {
    pub claim: &'static str,
    pub n: u8,
}

impl MarkRef {
    /// The DOM id of the mark.
    pub fn dom_id(&self) -> String {
        format!("mark-{}-{}", self.claim, self.n)
    }
}

/// A piece of a paragraph: plain text, a marked claim, or a figure that a calculator computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(&'static str),
    /// A claim marked in the text; `text` is the article's wording.
    Mark {
        text: &'static str,
        mark: MarkRef,
    },
    /// `article` is the article's own wording of the figure ("650 Milliarden"); a live figure
    /// can also be the mark of a claim.
    Live {
        slot: Slot,
        article: &'static str,
        mark: Option<MarkRef>,
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
                Segment::Mark { text, .. } => *text,
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
pub use model::format::fill;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A data file's note (`note` or `method` column) or shown source as readers of `loc` see
/// it; the build has checked that each has its entry (an empty note stays empty).
pub fn data_note(note: &'static str, loc: Locale) -> &'static str {
    DATA_NOTES.iter().find(|(n, _)| *n == note).map_or(note, |(_, t)| t.get(loc))
}

impl Ui {
    pub fn get(loc: Locale) -> &'static Ui {
        match loc {
            Locale::De => &UI_DE,
            Locale::En => &UI_EN,
        }
    }
}

impl Site {
    pub fn get(loc: Locale) -> &'static Site {
        match loc {
            Locale::De => &SITE_DE,
            Locale::En => &SITE_EN,
        }
    }
}

/// The claim with the given id.
pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}

/// The article in a language: the German original or the English translation.
pub fn article(loc: Locale) -> &'static Article {
    match loc {
        Locale::De => &ARTICLE_DE,
        Locale::En => &ARTICLE_EN,
    }
}

/// The claims in the order the German article first marks them (the fact check's order; the
/// translation has the original's shape); a claim not marked comes last.
pub fn claims_in_text_order() -> Vec<&'static Claim> {
    let mut order: Vec<&'static Claim> = Vec::with_capacity(CLAIMS.len());
    for (_, m) in marks() {
        if let Some(c) = claim(m.claim).filter(|c| !order.iter().any(|o| o.id == c.id)) {
            order.push(c);
        }
    }
    order.extend(CLAIMS.iter().filter(|c| !order.iter().any(|o| o.id == c.id)).collect::<Vec<_>>());
    order
}

/// Every mark in the German article, in reading order, with its paragraph's index.
pub fn marks() -> impl Iterator<Item = (usize, MarkRef)> {
    marks_in(&ARTICLE_DE)
}

/// Every mark in an article, in reading order, with its paragraph's index.
pub fn marks_in(article: &'static Article) -> impl Iterator<Item = (usize, MarkRef)> {
    article.paragraphs.iter().enumerate().flat_map(|(i, p)| {
        p.segments.iter().filter_map(move |s| match s {
            Segment::Mark { mark, .. } | Segment::Live { mark: Some(mark), .. } => Some((i, *mark)),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = include_str!("../../../content/article.de.txt");

    #[test]
    fn no_line_ends_between_a_figure_and_its_unit() {
        // The build joins them with a no-break space in the interface's and the claims' strings.
        assert_eq!(Ui::get(Locale::De).c4_record, "Rekord 28.10.2025: 37,4\u{a0}%");
        let c1 = claim("c1").unwrap();
        assert!(c1.note.de.starts_with(
            "Die Rechnung stimmt: 650\u{a0}Mrd.\u{a0}$ ÷ 12 Monate ÷ 1,56\u{a0}Mrd. iPhone-Nutzer = 34,72\u{a0}$;"
        ));
        assert!(c1.note.en.starts_with("The arithmetic holds: $650\u{a0}bn ÷ 12 months ÷ 1.56\u{a0}bn iPhone users"));
        // A placeholder for a figure too; a word after a number keeps its space.
        assert_eq!(Ui::get(Locale::De).c4_readout, "{x}: {y}\u{a0}%");
        assert!(c1.note.de.contains("12 Monate"));
    }

    #[test]
    fn the_fact_check_follows_the_text() {
        let order: Vec<&str> = claims_in_text_order().iter().map(|c| c.id).collect();
        assert_eq!(order.len(), CLAIMS.len());
        assert_eq!(&order[..3], ["c6-bitcoin-november", "c4-mag7-weight", "c2-pe-historic-range"]);
        assert_eq!(order.last(), Some(&"c6-railway-mania"));
        // The English article marks its claims in the same order.
        let mut en: Vec<&str> = Vec::new();
        for (_, m) in marks_in(&ARTICLE_EN) {
            if !en.contains(&m.claim) {
                en.push(m.claim);
            }
        }
        assert_eq!(en, order);
    }

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
        assert_eq!(CLAIMS.len(), 22);
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
    fn every_claim_is_marked_and_marks_are_numbered() {
        for c in CLAIMS {
            let n: Vec<u8> = marks().filter(|(_, m)| m.claim == c.id).map(|(_, m)| m.n).collect();
            assert!(!n.is_empty(), "{} is not marked", c.id);
            assert_eq!(n, (0..n.len() as u8).collect::<Vec<_>>(), "{}", c.id);
        }
        assert!(marks().count() >= 20, "about twenty marks");
    }

    #[test]
    fn the_translation_has_the_originals_shape() {
        let (de, en) = (&ARTICLE_DE, &ARTICLE_EN);
        assert_eq!(de.paragraphs.len(), en.paragraphs.len());
        for (a, b) in de.paragraphs.iter().zip(en.paragraphs) {
            assert_eq!(a.calculator, b.calculator, "calculators beside the same paragraphs");
            let claims = |p: &Paragraph| {
                let mut c: Vec<&str> = p
                    .segments
                    .iter()
                    .filter_map(|s| match s {
                        Segment::Mark { mark, .. } | Segment::Live { mark: Some(mark), .. } => Some(mark.claim),
                        _ => None,
                    })
                    .collect();
                c.sort();
                c
            };
            assert_eq!(claims(a), claims(b), "the same claims in the same paragraph");
        }
        assert_eq!(en.byline, "By Laura Höllhumer");
        assert!(!en.paragraphs.iter().any(|p| p.text().contains("billion") && p.text().contains("35,000 billion")));
        // The laid-out translation gives back its text file, line by line.
        let mut lines = vec![en.title.to_string(), String::new(), String::new()];
        lines.push(format!("{} {}", en.standfirst, en.byline));
        lines.extend(en.paragraphs.iter().map(|p| p.text()));
        lines.push(en.closing.to_string());
        assert_eq!(lines.join("\n"), include_str!("../../../content/article.en.txt"));
    }

    #[test]
    fn every_claim_names_existing_tests() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        for c in CLAIMS {
            for t in c.tests {
                let parts: Vec<&str> = t.split("::").collect();
                let (krate, module, name) = (parts[0], &parts[1..parts.len() - 2], parts[parts.len() - 1]);
                assert_eq!(parts[parts.len() - 2], "tests", "{t}: tests live in a `tests` module");
                let file = if module.is_empty() {
                    format!("{root}/crates/{krate}/src/lib.rs")
                } else {
                    format!("{root}/crates/{krate}/src/{}.rs", module.join("/"))
                };
                let src = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{t}: {file}: {e}"));
                assert!(src.contains(&format!("fn {name}(")), "{}: test {t} not found", c.id);
            }
            assert!(c.calculator.is_empty() || !c.tests.is_empty(), "{} has a calculator and no test", c.id);
        }
    }

    #[test]
    fn claims_link_to_existing_widgets() {
        let widgets: Vec<&str> = ARTICLE_DE.paragraphs.iter().filter_map(|p| p.calculator).collect();
        for c in CLAIMS {
            assert!(c.calculator.is_empty() || widgets.contains(&c.calculator), "{}: {}", c.id, c.calculator);
            assert!(c.source.url.starts_with("https://"), "{} has no source link", c.id);
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("{a} und {b}", &[("a", "1"), ("b", "2")]), "1 und 2");
    }
}

/// The table of docs/claims.md: every claim with its verdict, calculator, data file and tests.
pub fn claims_table() -> String {
    let mut out = String::from(
        "# Claims, calculators, data and tests\n\n\
         Generated from `content/claims.toml` by `cargo xtask claims`; a test fails when it is out of date.\n\n\
         | claim | the article says | verdict | calculator | data file | tests |\n|---|---|---|---|---|---|\n",
    );
    for c in CLAIMS {
        let tests: Vec<String> = c.tests.iter().map(|t| format!("`{t}`")).collect();
        let or_dash = |s: &str| if s.is_empty() { "–".to_string() } else { format!("`{s}`") };
        out.push_str(&format!(
            "| `{}` | {} | {} {} | {} | {} | {} |\n",
            c.id,
            c.article_figure.en.replace('|', "\\|"),
            c.verdict.symbol(),
            c.verdict.label(Locale::En),
            or_dash(c.calculator),
            or_dash(c.data),
            if tests.is_empty() { "–".to_string() } else { tests.join("<br>") },
        ));
    }
    out
}

#[cfg(test)]
mod claims_table_tests {
    /// docs/claims.md is the generated table; `UPDATE_CLAIMS_TABLE=1` rewrites it.
    #[test]
    fn docs_claims_table_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/claims.md");
        let want = super::claims_table();
        if std::env::var_os("UPDATE_CLAIMS_TABLE").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(have == want, "docs/claims.md is out of date: run `cargo xtask claims`");
    }
}
