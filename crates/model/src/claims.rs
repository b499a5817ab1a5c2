//! Claims of the article, their sources and verdicts.
//!
//! The data lives in `content/` and is compiled into statics of these types by the `content`
//! crate; this module only defines the shapes and their fixed vocabulary.

use crate::format::Locale;

/// A text in both languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub de: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, loc: Locale) -> &'static str {
        match loc {
            Locale::De => self.de,
            Locale::En => self.en,
        }
    }
}

/// The verdict on a claim: the five words of the fact base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Correct,
    CorrectRounded,
    Imprecise,
    Misattributed,
    Unsourced,
}

impl Verdict {
    pub const ALL: [Verdict; 5] =
        [Verdict::Correct, Verdict::CorrectRounded, Verdict::Imprecise, Verdict::Misattributed, Verdict::Unsourced];

    /// The verdict's words.
    pub fn label(self, loc: Locale) -> &'static str {
        match (self, loc) {
            (Verdict::Correct, Locale::De) => "korrekt",
            (Verdict::Correct, Locale::En) => "correct",
            (Verdict::CorrectRounded, Locale::De) => "korrekt, aber gerundet",
            (Verdict::CorrectRounded, Locale::En) => "correct but rounded",
            (Verdict::Imprecise, Locale::De) => "ungenau",
            (Verdict::Imprecise, Locale::En) => "imprecise",
            (Verdict::Misattributed, Locale::De) => "falsch zugeordnet",
            (Verdict::Misattributed, Locale::En) => "misattributed",
            (Verdict::Unsourced, Locale::De) => "ohne Quelle",
            (Verdict::Unsourced, Locale::En) => "unsourced",
        }
    }

    /// A symbol that tells the verdicts apart without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Correct => "✓",
            Verdict::CorrectRounded => "≈",
            Verdict::Imprecise => "◐",
            Verdict::Misattributed => "⇄",
            Verdict::Unsourced => "?",
        }
    }

    /// Stable key, used in data files and as a CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::CorrectRounded => "rounded",
            Verdict::Imprecise => "imprecise",
            Verdict::Misattributed => "misattributed",
            Verdict::Unsourced => "unsourced",
        }
    }

    pub fn from_key(key: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Who published it, e.g. "J.P. Morgan".
    pub publisher: &'static str,
    /// Title of the document or report.
    pub title: Text,
    /// Publication date, ISO 8601 (`2025-11-10`).
    pub date: &'static str,
    /// Public address, empty where there is none.
    pub url: &'static str,
}

/// A numerical claim of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Stable id: `c1`, or the fact base's section and a name (`c2-cape-today`).
    pub id: &'static str,
    /// The fact base's section (`c1` ... `c6`).
    pub group: &'static str,
    /// The widget that explores it (`c2`, `c6-bitcoin`), empty where there is none.
    pub calculator: &'static str,
    /// Its data file in `content/data/`, empty where there is none.
    pub data: &'static str,
    /// The tests that check its figures (`crate::module::function`).
    pub tests: &'static [&'static str],
    /// Short name of the claim.
    pub title: Text,
    /// The figure as the article gives it.
    pub article_figure: Text,
    /// The figure as the source gives it.
    pub source_figure: Text,
    pub verdict: Verdict,
    pub source: Source,
    /// The calculation behind the check, where there is one (empty strings otherwise).
    pub arithmetic: Text,
    /// Why the verdict, and what to keep in mind.
    pub note: Text,
}

/// A preset group of payers for C1, with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PayerGroup {
    /// Stable id (`iphone`, `netflix`, ...).
    pub id: &'static str,
    /// Name of the group ("iPhone-Nutzer").
    pub label: Text,
    /// Short name for the chart ("iPhone").
    pub short: Text,
    /// What one payer is called in the arithmetic ("Nutzer", "Abonnenten").
    pub noun: Text,
    /// Size of the group, millions.
    pub millions: f64,
    /// "estimate", "last reported", ...
    pub status: Text,
    pub source: Source,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_keys_round_trip_and_symbols_differ() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_key(v.key()), Some(v));
        }
        let mut symbols: Vec<_> = Verdict::ALL.iter().map(|v| v.symbol()).collect();
        symbols.dedup();
        assert_eq!(symbols.len(), 5);
        assert_eq!(Verdict::CorrectRounded.label(Locale::De), "korrekt, aber gerundet");
        assert_eq!(Verdict::CorrectRounded.label(Locale::En), "correct but rounded");
    }
}
