//! C4 concentration: how far the S&P 500 falls when the Magnificent 7 fall by X % and the
//! other 493 stocks by Y %: the index falls by s·X + (1 − s)·Y, s being the Mag 7's weight.

use crate::range::InputRange;

/// The Mag 7's weight in the S&P 500, %. Default: the article's 37 % (source: 37.4 %).
pub const SHARE_PCT: InputRange = InputRange { min: 5.0, max: 60.0, step: 0.1, default: 37.0 };
/// The Mag 7's fall, % (an assumption to try out; the article gives none).
pub const MAG7_FALL_PCT: InputRange = InputRange { min: 0.0, max: 100.0, step: 1.0, default: 50.0 };
/// The other stocks' fall, % (an assumption to try out).
pub const REST_FALL_PCT: InputRange = InputRange { min: 0.0, max: 100.0, step: 1.0, default: 20.0 };

/// The source's figure: Dow Jones Market Data via MarketWatch, about 28 Oct 2025.
pub const SOURCE_SHARE_PCT: f64 = 37.4;

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// Mag 7 weight, %.
        share_pct: C4Share,
        /// Mag 7 fall, %.
        mag7_fall_pct: C4Mag7Fall,
        /// Fall of the other 493, %.
        rest_fall_pct: C4RestFall,
    }
}

/// What the calculator gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outputs {
    /// The index's fall, %.
    pub index_fall_pct: f64,
    /// The part of it that comes from the Mag 7, percentage points.
    pub from_mag7_pts: f64,
    /// The part from the other 493, percentage points.
    pub from_rest_pts: f64,
}

pub fn compute(i: &Inputs) -> Outputs {
    let s = i.share_pct / 100.0;
    let from_mag7_pts = s * i.mag7_fall_pct;
    let from_rest_pts = (1.0 - s) * i.rest_fall_pct;
    Outputs { index_fall_pct: from_mag7_pts + from_rest_pts, from_mag7_pts, from_rest_pts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::InputSet;
    use crate::Field;

    #[test]
    fn c4_mag7_share_is_the_articles_37_percent() {
        assert_eq!(Inputs::default().share_pct, 37.0);
        assert_eq!(SOURCE_SHARE_PCT.round(), 37.0);
    }

    #[test]
    fn c4_index_fall_is_weighted_sum() {
        let out = compute(&Inputs::default());
        assert!((out.index_fall_pct - (0.37 * 50.0 + 0.63 * 20.0)).abs() < 1e-9);
        assert_eq!(format!("{:.1}", out.index_fall_pct), "31.1");
        // Only the Mag 7 fall: the index falls by their weight times their fall.
        let only = compute(&Inputs::default().with(Field::C4RestFall, 0.0).with(Field::C4Mag7Fall, 100.0));
        assert!((only.index_fall_pct - 37.0).abs() < 1e-9);
    }
}
