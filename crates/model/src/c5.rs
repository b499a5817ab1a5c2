//! C5 crash (Gita Gopinath, The Economist, 15 Oct 2025): a dotcom-sized correction would
//! destroy over US$ 35 tn: 20 tn of US households' wealth (about 70 % of 2024 US GDP) and
//! 15 tn of foreign investors' (about 20 % of the rest of the world's GDP).
//!
//! Loss = holdings × decline. Gopinath does not state the holdings; the defaults are the
//! holdings her losses imply at the S&P 500's dotcom decline of 49 % (20 / 0.49, 15 / 0.49).

use crate::economy::{ROW_GDP_2024_TN, US_GDP_2024_TN, US_HOUSEHOLDS_M, US_POPULATION_M};
use crate::range::InputRange;

/// The S&P 500's dotcom decline, % (record close 24 Mar 2000 to Oct 2002).
pub const DECLINE_PCT: InputRange = InputRange { min: 5.0, max: 90.0, step: 1.0, default: 49.0 };
/// US households' stock holdings, US$ tn (implied: 20 / 0.49).
pub const US_HOLDINGS_TN: InputRange = InputRange { min: 1.0, max: 100.0, step: 0.1, default: 40.8 };
/// Foreign investors' holdings of US stocks, US$ tn (implied: 15 / 0.49).
pub const FOREIGN_HOLDINGS_TN: InputRange = InputRange { min: 1.0, max: 100.0, step: 0.1, default: 30.6 };

/// Foreign investors' losses in the dotcom crash, US$ tn (about 8.5 % of the rest of the
/// world's GDP in 2000).
pub const DOTCOM_FOREIGN_LOSS_TN: f64 = 2.0;

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// Fall in share prices, %.
        decline_pct: C5Decline,
        /// US households' holdings, US$ tn.
        us_holdings_tn: C5UsHoldings,
        /// Foreign investors' holdings of US stocks, US$ tn.
        foreign_holdings_tn: C5ForeignHoldings,
    }
}

/// What the calculator gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outputs {
    /// US households' loss, US$ tn.
    pub us_loss_tn: f64,
    /// Foreign investors' loss, US$ tn.
    pub foreign_loss_tn: f64,
    /// Both, US$ tn.
    pub total_loss_tn: f64,
    /// US loss as a share of US GDP 2024, %.
    pub us_share_of_gdp_pct: f64,
    /// Foreign loss as a share of the rest of the world's GDP 2024, %.
    pub row_share_of_gdp_pct: f64,
    /// US loss per US household, US$.
    pub per_household_usd: f64,
    /// US loss per US resident, US$.
    pub per_person_usd: f64,
    /// Foreign loss as a multiple of the dotcom crash's.
    pub times_dotcom: f64,
}

pub fn compute(i: &Inputs) -> Outputs {
    let d = i.decline_pct / 100.0;
    let us = i.us_holdings_tn * d;
    let foreign = i.foreign_holdings_tn * d;
    Outputs {
        us_loss_tn: us,
        foreign_loss_tn: foreign,
        total_loss_tn: us + foreign,
        us_share_of_gdp_pct: us / US_GDP_2024_TN * 100.0,
        row_share_of_gdp_pct: foreign / ROW_GDP_2024_TN * 100.0,
        per_household_usd: us * 1e12 / (US_HOUSEHOLDS_M * 1e6),
        per_person_usd: us * 1e12 / (US_POPULATION_M * 1e6),
        times_dotcom: foreign / DOTCOM_FOREIGN_LOSS_TN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out() -> Outputs {
        compute(&Inputs::default())
    }

    #[test]
    fn c5_defaults_reproduce_20_tn_of_us_household_wealth() {
        assert_eq!(format!("{:.1}", out().us_loss_tn), "20.0");
    }

    #[test]
    fn c5_defaults_reproduce_15_tn_of_foreign_wealth() {
        assert_eq!(format!("{:.1}", out().foreign_loss_tn), "15.0");
    }

    #[test]
    fn c5_defaults_reproduce_35_tn_in_all() {
        assert_eq!(format!("{:.0}", out().total_loss_tn), "35");
    }

    #[test]
    fn c5_us_loss_is_68_5_percent_of_gdp_article_70() {
        let pct = out().us_share_of_gdp_pct;
        assert_eq!(format!("{pct:.1}"), "68.5");
        assert_eq!((pct / 10.0).round() * 10.0, 70.0);
    }

    #[test]
    fn c5_foreign_loss_is_18_3_percent_of_row_gdp_article_20() {
        let pct = out().row_share_of_gdp_pct;
        assert_eq!(format!("{pct:.1}"), "18.3");
        assert_eq!((pct / 10.0).round() * 10.0, 20.0);
    }

    #[test]
    fn c5_per_household_and_per_person() {
        assert_eq!((out().per_household_usd / 100.0).round() * 100.0, 150_700.0);
        assert_eq!((out().per_person_usd / 100.0).round() * 100.0, 58_800.0);
        assert_eq!(format!("{:.1}", out().times_dotcom), "7.5");
    }
}
