//! C2 valuation: Shiller's CAPE and the price-earnings ratios of Tesla and Nvidia.
//!
//! The article's "40" and "44" are the cyclically adjusted P/E (CAPE = real price / ten-year
//! average of real earnings), not the ordinary P/E. A CAPE is also "how many years of
//! (average) earnings the price pays for", and its inverse is the earnings yield.

use crate::range::InputRange;

/// CAPE of the S&P 500, November 2025 (Shiller data, this vintage).
pub const CAPE_NOV_2025: f64 = 39.15;
/// The highest CAPE on record, December 1999.
pub const CAPE_PEAK_DEC_1999: f64 = 44.20;
/// Mean CAPE, January 1881 to November 2025.
pub const CAPE_MEAN: f64 = 17.67;
/// Median CAPE, January 1881 to November 2025.
pub const CAPE_MEDIAN: f64 = 16.6;
/// The ordinary trailing P/E of the S&P 500, November 2025.
pub const TRAILING_PE_NOV_2025: f64 = 28.2;

/// The CAPE the market returns to. Default: the long-run mean, rounded.
pub const CAPE_TARGET: InputRange = InputRange { min: 5.0, max: 45.0, step: 0.1, default: 17.7 };
/// Yield of a 10-year US Treasury bond, % a year (late November 2025: about 4 %).
pub const BOND_YIELD_PCT: InputRange = InputRange { min: 0.0, max: 8.0, step: 0.1, default: 4.0 };
/// Which stock: an index into `STOCKS`.
pub const STOCK: InputRange = InputRange { min: 0.0, max: 1.0, step: 1.0, default: 0.0 };
/// Earnings basis: 0 = GAAP (as reported), 1 = non-GAAP (as adjusted by the company).
pub const BASIS: InputRange = InputRange { min: 0.0, max: 1.0, step: 1.0, default: 0.0 };
/// Tesla's share price, US$ (late November 2025: about 430).
pub const TESLA_PRICE_USD: InputRange = InputRange { min: 20.0, max: 800.0, step: 1.0, default: 430.0 };
/// Nvidia's share price, US$ (late-October 2025 high: about 207).
pub const NVIDIA_PRICE_USD: InputRange = InputRange { min: 20.0, max: 800.0, step: 1.0, default: 207.0 };

/// A stock with its trailing twelve-month earnings per share, US$.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stock {
    pub name: &'static str,
    /// Earnings per share as reported (GAAP).
    pub eps_gaap: f64,
    /// Earnings per share as adjusted by the company (non-GAAP).
    pub eps_non_gaap: f64,
    /// The article's figure for its P/E.
    pub article_pe: f64,
}

/// Tesla: trailing EPS to Q3 2025. Nvidia: trailing EPS before its results of 19 Nov 2025.
pub const STOCKS: [Stock; 2] = [
    Stock { name: "Tesla", eps_gaap: 1.50, eps_non_gaap: 1.90, article_pe: 240.0 },
    Stock { name: "Nvidia", eps_gaap: 3.51, eps_non_gaap: 3.56, article_pe: 60.0 },
];

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// The CAPE the market returns to.
        cape_target: C2CapeTarget,
        /// Yield of a 10-year US Treasury, % a year.
        bond_yield_pct: C2BondYield,
        /// Index into `STOCKS`.
        stock: C2Stock,
        /// 0 = GAAP, 1 = non-GAAP.
        basis: C2Basis,
        /// Tesla's share price, US$.
        tesla_price_usd: C2TeslaPrice,
        /// Nvidia's share price, US$.
        nvidia_price_usd: C2NvidiaPrice,
    }
}

/// What the calculator gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outputs {
    /// Change of prices if the CAPE returns from today's value to the target, %.
    pub price_change_pct: f64,
    /// Earnings yield at today's CAPE (1 / CAPE), %.
    pub earnings_yield_pct: f64,
    /// Earnings yield minus the bond yield, percentage points.
    pub yield_gap_pts: f64,
    /// The selected stock.
    pub stock: Stock,
    /// The earnings per share used, US$.
    pub eps: f64,
    /// The selected stock's price, US$.
    pub price_usd: f64,
    /// Its price-earnings ratio: price / EPS.
    pub stock_pe: f64,
}

/// Price change when the CAPE moves from `now` to `target`, %.
pub fn price_change_pct(now: f64, target: f64) -> f64 {
    (target / now - 1.0) * 100.0
}

/// Earnings yield of a price-earnings ratio, %.
pub fn earnings_yield_pct(pe: f64) -> f64 {
    100.0 / pe
}

/// The whole calculator. Inputs are in range (sanitised by `InputSet::with`), so every
/// division has a positive divisor.
pub fn compute(i: &Inputs) -> Outputs {
    let stock = STOCKS[(i.stock.clamp(0.0, 1.0)) as usize];
    let eps = if i.basis >= 0.5 { stock.eps_non_gaap } else { stock.eps_gaap };
    let price_usd = if i.stock >= 0.5 { i.nvidia_price_usd } else { i.tesla_price_usd };
    let earnings_yield = earnings_yield_pct(CAPE_NOV_2025);
    Outputs {
        price_change_pct: price_change_pct(CAPE_NOV_2025, i.cape_target),
        earnings_yield_pct: earnings_yield,
        yield_gap_pts: earnings_yield - i.bond_yield_pct,
        stock,
        eps,
        price_usd,
        stock_pe: price_usd / eps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::InputSet;
    use crate::Field;

    #[test]
    fn c2_cape_today_39_15_is_the_articles_40() {
        assert_eq!(CAPE_NOV_2025, 39.15);
        assert_eq!((CAPE_NOV_2025 / 10.0).round() * 10.0, 40.0);
    }

    #[test]
    fn c2_dotcom_peak_44_20_is_the_articles_44() {
        assert_eq!(CAPE_PEAK_DEC_1999.round(), 44.0);
        const { assert!(CAPE_PEAK_DEC_1999 > CAPE_NOV_2025) };
    }

    #[test]
    fn c2_reversion_to_the_mean_is_minus_55_percent() {
        let out = compute(&Inputs::default());
        assert_eq!(out.price_change_pct.round(), -55.0);
    }

    #[test]
    fn c2_forty_years_of_earnings_yield_2_55_percent() {
        let out = compute(&Inputs::default());
        assert_eq!(format!("{:.2}", out.earnings_yield_pct), "2.55");
        assert_eq!(format!("{:.2}", out.yield_gap_pts), "-1.45");
    }

    #[test]
    fn c2_tesla_pe_is_287_gaap_226_non_gaap_article_240() {
        let d = Inputs::default();
        assert_eq!(compute(&d).stock_pe.round(), 287.0);
        assert_eq!(compute(&d.with(Field::C2Basis, 1.0)).stock_pe.round(), 226.0);
        assert_eq!(compute(&d).stock.article_pe, 240.0);
    }

    #[test]
    fn c2_nvidia_pe_is_59_article_60() {
        let nvidia = Inputs::default().with(Field::C2Stock, 1.0);
        assert_eq!(compute(&nvidia).stock_pe.round(), 59.0);
        // After the results of 19 Nov 2025 (GAAP EPS about 4.03) at about 180 $: about 45.
        assert_eq!((180.0f64 / 4.03).round(), 45.0);
    }

    #[test]
    fn c2_any_input_in_range_gives_finite_outputs() {
        for f in Inputs::FIELDS {
            for v in [f64::NAN, f64::INFINITY, -1e9, 0.0, 1e9] {
                let out = compute(&Inputs::default().with(*f, v));
                for x in [out.price_change_pct, out.earnings_yield_pct, out.yield_gap_pts, out.stock_pe] {
                    assert!(x.is_finite(), "{f:?} = {v}");
                }
            }
        }
    }
}
