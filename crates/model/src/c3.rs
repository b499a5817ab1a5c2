//! C3 investment: the four firms' capital spending as a share of US GDP, beside the British
//! railway mania; and the projections of Morgan Stanley and McKinsey with their parts.

use crate::economy::US_GDP_2024_TN;
use crate::range::InputRange;

/// The four firms' capital spending in a year, US$ bn. Default: 2025, including finance leases.
pub const CAPEX_BN: InputRange = InputRange { min: 50.0, max: 1500.0, step: 1.0, default: 416.0 };

/// Railway investment at the mania's peak, % of UK national income (1846-47).
pub const RAILWAY_PEAK_PCT: f64 = 7.0;

/// Morgan Stanley (July 2025): global data-centre capex 2025-2028, US$ tn, by part.
pub const MORGAN_STANLEY_HARDWARE_TN: f64 = 1.6;
pub const MORGAN_STANLEY_BUILDINGS_TN: f64 = 1.3;
/// McKinsey (28 Apr 2025): cumulative global data-centre capex to 2030, US$ tn, by part.
pub const MCKINSEY_AI_TN: f64 = 5.2;
pub const MCKINSEY_TRADITIONAL_TN: f64 = 1.5;

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// Four-firm capital spending in a year, US$ bn.
        capex_bn: C3Capex,
    }
}

/// What the calculator gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outputs {
    /// Spending as a share of US GDP 2024, %.
    pub share_of_gdp_pct: f64,
    /// That share as a fraction of the railway mania's peak share.
    pub of_railway_peak: f64,
    /// Yearly spending that would match the railway peak's share of GDP, US$ bn.
    pub railway_equivalent_bn: f64,
}

pub fn compute(i: &Inputs) -> Outputs {
    let gdp_bn = US_GDP_2024_TN * 1000.0;
    let share = i.capex_bn / gdp_bn * 100.0;
    Outputs {
        share_of_gdp_pct: share,
        of_railway_peak: share / RAILWAY_PEAK_PCT,
        railway_equivalent_bn: gdp_bn * RAILWAY_PEAK_PCT / 100.0,
    }
}

/// Morgan Stanley's total, US$ tn.
pub fn morgan_stanley_tn() -> f64 {
    MORGAN_STANLEY_HARDWARE_TN + MORGAN_STANLEY_BUILDINGS_TN
}

/// McKinsey's total, US$ tn.
pub fn mckinsey_tn() -> f64 {
    MCKINSEY_AI_TN + MCKINSEY_TRADITIONAL_TN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c3_four_firm_capex_2025_is_1_4_percent_of_us_gdp() {
        let out = compute(&Inputs::default());
        assert_eq!(format!("{:.1}", out.share_of_gdp_pct), "1.4");
        assert_eq!(format!("{:.1}", out.of_railway_peak), "0.2");
        assert_eq!(out.railway_equivalent_bn.round(), 2043.0);
    }

    #[test]
    fn c3_morgan_stanley_2_9_tn_is_1_6_hardware_plus_1_3_buildings() {
        assert_eq!(format!("{:.1}", morgan_stanley_tn()), "2.9");
    }

    #[test]
    fn c3_mckinsey_6_7_tn_is_5_2_ai_plus_1_5_traditional() {
        assert_eq!(format!("{:.1}", mckinsey_tn()), "6.7");
    }
}
