//! The live figures of the prose, computed from the calculators' inputs in the article's own
//! style of rounding. At the article's settings they read exactly as the article does.

use crate::Slot;
use model::c1;
use model::format::{article, NO_NUMBER};

/// The text of a live figure for the given calculator inputs.
///
/// The prose follows the revenue inputs (capital, return, margin); its per-user figures stay
/// with the article's two groups, while the payer slider moves only the calculator.
pub fn live_text(slot: Slot, inputs: &c1::Inputs) -> String {
    let revenue = c1::revenue_bn(inputs.capital_tn, inputs.return_pct, inputs.margin_pct);
    let per = |payers_m: f64| match revenue.and_then(|r| c1::monthly_usd(r, payers_m)) {
        Ok(usd) => article::dollars(usd),
        Err(_) => format!("{NO_NUMBER} Dollar"),
    };
    match slot {
        Slot::C1Revenue => match revenue {
            Ok(r) => article::billions(r),
            Err(_) => format!("{NO_NUMBER} Milliarden"),
        },
        Slot::C1Return => article::percent(inputs.return_pct),
        Slot::C1Iphone => per(c1::IPHONE_USERS_M),
        Slot::C1Netflix => per(c1::NETFLIX_SUBSCRIBERS_M),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Segment, ARTICLE_DE};

    /// At the article's settings every live figure reads as the article prints it.
    #[test]
    fn c1_defaults_show_the_articles_figures() {
        let inputs = c1::Inputs::default();
        let mut seen = 0;
        for p in ARTICLE_DE.paragraphs {
            for s in p.segments {
                if let Segment::Live { slot, article, .. } = s {
                    assert_eq!(live_text(*slot, &inputs), *article, "{slot:?}");
                    seen += 1;
                }
            }
        }
        assert_eq!(seen, Slot::ALL.len());
    }

    #[test]
    fn c1_prose_follows_revenue_inputs_not_payers() {
        let base = c1::Inputs::default();
        let more = c1::Inputs { capital_tn: 10.0, ..base };
        assert_eq!(live_text(Slot::C1Revenue, &more), "1.000 Milliarden");
        assert_eq!(live_text(Slot::C1Iphone, &more), "53 Dollar");
        let payers = c1::Inputs { payers_m: 500.0, ..base };
        assert_eq!(live_text(Slot::C1Iphone, &payers), "35 Dollar");
    }

    #[test]
    fn c1_bad_inputs_never_print_nan() {
        let bad = c1::Inputs { margin_pct: 0.0, ..c1::Inputs::default() };
        for slot in Slot::ALL {
            let t = live_text(slot, &bad);
            assert!(!t.contains("NaN") && !t.contains("inf"), "{t}");
        }
    }
}
