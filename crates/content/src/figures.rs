//! The live figures of the prose, computed from the calculators' inputs in the article's own
//! style of rounding. At the article's settings they read exactly as the article does.

use crate::Slot;
use model::c1;
use model::format::{article, article_en, Locale, NO_NUMBER};

/// The text of a live figure for the given calculator inputs, in the article's language.
///
/// The prose follows the revenue inputs (capital, return, margin); its per-user figures stay
/// with the article's two groups, while the payer slider moves only the calculator.
pub fn live_text(slot: Slot, inputs: &c1::Inputs, loc: Locale) -> String {
    let revenue = c1::revenue_bn(inputs.capital_tn, inputs.return_pct, inputs.margin_pct);
    let dollars = |usd: f64| if loc == Locale::En { article_en::dollars(usd) } else { article::dollars(usd) };
    let no_number =
        |de: &str, en: &str| if loc == Locale::En { format!("{NO_NUMBER}{en}") } else { format!("{NO_NUMBER} {de}") };
    let per = |payers_m: f64| match revenue.and_then(|r| c1::monthly_usd(r, payers_m)) {
        Ok(usd) => dollars(usd),
        Err(_) => no_number("Dollar", ""),
    };
    match slot {
        Slot::C1Revenue => match (revenue, loc) {
            (Ok(r), Locale::De) => article::billions(r),
            (Ok(r), Locale::En) => article_en::billions(r),
            (Err(_), _) => no_number("Milliarden", " billion"),
        },
        Slot::C1Return if loc == Locale::En => article_en::percent(inputs.return_pct),
        Slot::C1Return => article::percent(inputs.return_pct),
        Slot::C1Iphone => per(c1::IPHONE_USERS_M),
        Slot::C1Netflix => per(c1::NETFLIX_SUBSCRIBERS_M),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Segment, ARTICLE_DE, ARTICLE_EN};

    /// At the article's settings every live figure reads as the article prints it, in the
    /// original and in the translation.
    #[test]
    fn c1_defaults_show_the_articles_figures() {
        let inputs = c1::Inputs::default();
        for (article, loc) in [(&ARTICLE_DE, Locale::De), (&ARTICLE_EN, Locale::En)] {
            let mut seen = 0;
            for p in article.paragraphs {
                for s in p.segments {
                    if let Segment::Live { slot, article, .. } = s {
                        assert_eq!(live_text(*slot, &inputs, loc), *article, "{slot:?} {loc:?}");
                        seen += 1;
                    }
                }
            }
            assert_eq!(seen, Slot::ALL.len());
        }
    }

    #[test]
    fn c1_prose_follows_revenue_inputs_not_payers() {
        let base = c1::Inputs::default();
        let more = c1::Inputs { capital_tn: 10.0, ..base };
        assert_eq!(live_text(Slot::C1Revenue, &more, Locale::De), "1.000 Milliarden");
        assert_eq!(live_text(Slot::C1Iphone, &more, Locale::De), "53 Dollar");
        let payers = c1::Inputs { payers_m: 500.0, ..base };
        assert_eq!(live_text(Slot::C1Iphone, &payers, Locale::De), "35 Dollar");
    }

    #[test]
    fn c1_bad_inputs_never_print_nan() {
        let bad = c1::Inputs { margin_pct: 0.0, ..c1::Inputs::default() };
        for slot in Slot::ALL {
            for loc in [Locale::De, Locale::En] {
                let t = live_text(slot, &bad, loc);
                assert!(!t.contains("NaN") && !t.contains("inf"), "{t}");
            }
        }
    }
}
