//! C1 "revenue needed per user" (J.P. Morgan, 10 Nov 2025).
//!
//! Model: the annual revenue `R` that earns a target return `r` on invested capital `I` at a
//! profit margin `m` is `R = r * I / m`; spread over `N` payers it is `R / 12 / N` a month each.
//! At the article's settings (I = 6.5 tn, r = 10 %, m = 100 %) R = 650 bn, which is
//! US$ 34.72 a month from each of 1.56 bn iPhone users and US$ 180 from each of 301 m Netflix
//! subscribers.

use crate::error::{finite_positive, positive, InputError};
use crate::field::Field;
use crate::range::InputRange;

/// Invested capital `I`, US$ trillion (10^12).
pub const CAPITAL_TN: InputRange = InputRange { min: 1.0, max: 10.0, step: 0.1, default: 6.5 };
/// Target return `r`, per cent a year.
pub const RETURN_PCT: InputRange = InputRange { min: 2.0, max: 20.0, step: 0.5, default: 10.0 };
/// Profit margin `m`, per cent of revenue.
pub const MARGIN_PCT: InputRange = InputRange { min: 10.0, max: 100.0, step: 1.0, default: 100.0 };
/// Number of payers `N`, millions (the slider `id="users"`). Default: iPhone users.
pub const PAYERS_M: InputRange = InputRange { min: 100.0, max: 3000.0, step: 1.0, default: 1560.0 };

/// Months in a year: the payment is monthly, the revenue annual.
pub const MONTHS: f64 = 12.0;

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// Invested capital `I`, US$ tn.
        capital_tn: C1Capital,
        /// Target return `r`, % a year.
        return_pct: C1Return,
        /// Profit margin `m`, % of revenue.
        margin_pct: C1Margin,
        /// Payers `N`, millions.
        payers_m: C1Payers,
    }
}

/// What the calculator gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outputs {
    /// Annual revenue needed `R = r * I / m`, US$ bn a year.
    pub revenue_bn: f64,
    /// Monthly payment per payer `R / 12 / N`, US$.
    pub monthly_usd: f64,
}

/// Annual revenue needed, US$ bn: `R = r * I / m`.
pub fn revenue_bn(capital_tn: f64, return_pct: f64, margin_pct: f64) -> Result<f64, InputError> {
    let i = positive(Field::C1Capital, capital_tn)?;
    let r = positive(Field::C1Return, return_pct)?;
    let m = positive(Field::C1Margin, margin_pct)?;
    // tn -> bn is x1000; the two percentages cancel.
    finite_positive(r * i * 1000.0 / m)
}

/// Monthly payment per payer, US$: `R / 12 / N` with R in US$ bn and N in millions.
pub fn monthly_usd(revenue_bn: f64, payers_m: f64) -> Result<f64, InputError> {
    if !(revenue_bn.is_finite() && revenue_bn > 0.0) {
        return Err(InputError::ResultOutOfRange);
    }
    let n = positive(Field::C1Payers, payers_m)?;
    // bn / m = 10^9 / 10^6 = 1000.
    finite_positive(revenue_bn * 1000.0 / MONTHS / n)
}

/// The whole calculator.
pub fn compute(inputs: &Inputs) -> Result<Outputs, InputError> {
    let revenue_bn = revenue_bn(inputs.capital_tn, inputs.return_pct, inputs.margin_pct)?;
    let monthly_usd = monthly_usd(revenue_bn, inputs.payers_m)?;
    Ok(Outputs { revenue_bn, monthly_usd })
}

/// iPhone users the note divides by, millions (third-party estimate, 2025).
pub const IPHONE_USERS_M: f64 = 1560.0;
/// Netflix subscribers the note divides by, millions (301.6 m paid memberships end of 2024).
pub const NETFLIX_SUBSCRIBERS_M: f64 = 301.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::article;
    use crate::inputs::InputSet;

    #[test]
    fn c1_defaults_reproduce_revenue_650_bn() {
        let out = compute(&Inputs::default()).unwrap();
        assert!((out.revenue_bn - 650.0).abs() < 1e-9);
        assert_eq!(article::billions(out.revenue_bn), "650 Milliarden");
    }

    #[test]
    fn c1_defaults_reproduce_source_34_72_per_iphone_user() {
        let out = compute(&Inputs::default()).unwrap();
        assert_eq!(format!("{:.2}", out.monthly_usd), "34.72");
        assert_eq!(article::dollars(out.monthly_usd), "35 Dollar");
    }

    #[test]
    fn c1_defaults_reproduce_source_180_per_netflix_subscriber() {
        let r = compute(&Inputs::default()).unwrap().revenue_bn;
        let netflix = monthly_usd(r, NETFLIX_SUBSCRIBERS_M).unwrap();
        assert_eq!(netflix.round(), 180.0);
        assert_eq!(article::dollars(netflix), "180 Dollar");
        // With Netflix's own last reported 301.6 m it is still US$ 180 to the dollar.
        assert_eq!(monthly_usd(r, 301.6).unwrap().round(), 180.0);
    }

    #[test]
    fn c1_defaults_reproduce_return_10_percent() {
        assert_eq!(article::percent(Inputs::default().return_pct), "10%");
    }

    #[test]
    fn c1_revenue_follows_the_model() {
        // 5 tn at a 77 % margin is also about 650 bn (FACTS.md).
        let r = revenue_bn(5.0, 10.0, 77.0).unwrap();
        assert!((r - 649.35).abs() < 0.01, "{r}");
    }

    #[test]
    fn c1_bad_inputs_are_typed_errors() {
        let ok = Inputs::default();
        let cases = [
            (Inputs { capital_tn: 0.0, ..ok }, InputError::NotPositive(Field::C1Capital)),
            (Inputs { return_pct: -1.0, ..ok }, InputError::NotPositive(Field::C1Return)),
            (Inputs { margin_pct: 0.0, ..ok }, InputError::NotPositive(Field::C1Margin)),
            (Inputs { payers_m: 0.0, ..ok }, InputError::NotPositive(Field::C1Payers)),
            (Inputs { payers_m: -0.0, ..ok }, InputError::NotPositive(Field::C1Payers)),
            (Inputs { capital_tn: f64::NAN, ..ok }, InputError::NotFinite(Field::C1Capital)),
            (Inputs { margin_pct: f64::INFINITY, ..ok }, InputError::NotFinite(Field::C1Margin)),
            (Inputs { payers_m: f64::NEG_INFINITY, ..ok }, InputError::NotFinite(Field::C1Payers)),
            (Inputs { capital_tn: 1e300, return_pct: 1e300, ..ok }, InputError::ResultOutOfRange),
            (Inputs { payers_m: 1e-320, ..ok }, InputError::ResultOutOfRange),
        ];
        for (inputs, want) in cases {
            assert_eq!(compute(&inputs), Err(want), "{inputs:?}");
        }
    }

    #[test]
    fn c1_with_sanitizes() {
        let d = Inputs::default();
        assert_eq!(d.with(Field::C1Payers, f64::NAN).payers_m, 1560.0);
        assert_eq!(d.with(Field::C1Payers, 1e9).payers_m, 3000.0);
        assert_eq!(d.with(Field::C1Margin, 0.0).margin_pct, 10.0);
        assert_eq!(d.with(Field::C1Capital, 7.04).capital_tn, 7.0);
        assert!(d.is_article(Field::C1Capital) && !d.with(Field::C1Capital, 7.0).is_article(Field::C1Capital));
        for f in Inputs::FIELDS {
            assert_eq!(d.get(*f), f.range().default);
        }
        assert!(d.get(Field::C2TeslaPrice).is_nan());
        assert_eq!(d.with(Field::C2TeslaPrice, 5.0), d);
    }

    #[test]
    fn c1_error_messages_are_readable() {
        let e = compute(&Inputs { margin_pct: 0.0, ..Inputs::default() }).unwrap_err();
        assert_eq!(e.to_string(), "Gewinnmarge: muss größer als null sein");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            Just(0.0),
            Just(-0.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::MIN_POSITIVE),
            -1e6..1e6f64,
        ]
    }

    proptest! {
        /// Any input: either a finite, positive result or a typed error; never a panic or NaN.
        #[test]
        fn c1_any_input_gives_finite_output_or_error(
            capital in any_f64(), r in any_f64(), m in any_f64(), n in any_f64()
        ) {
            let inputs = Inputs { capital_tn: capital, return_pct: r, margin_pct: m, payers_m: n };
            if let Ok(out) = compute(&inputs) {
                prop_assert!(out.revenue_bn.is_finite() && out.revenue_bn > 0.0);
                prop_assert!(out.monthly_usd.is_finite() && out.monthly_usd > 0.0);
            }
        }

        /// Inside the sliders' ranges the calculator always answers, and more payers pay less.
        #[test]
        fn c1_in_range_always_computes_and_falls_with_payers(
            capital in 1.0..=10.0f64, r in 2.0..=20.0f64, m in 10.0..=100.0f64,
            n in 100.0..=2999.0f64
        ) {
            let a = compute(&Inputs { capital_tn: capital, return_pct: r, margin_pct: m, payers_m: n }).unwrap();
            let b = compute(&Inputs { capital_tn: capital, return_pct: r, margin_pct: m, payers_m: n + 1.0 }).unwrap();
            prop_assert!(b.monthly_usd < a.monthly_usd);
        }

        /// Sanitised values always lie in range.
        #[test]
        fn c1_sanitize_stays_in_range(x in any_f64()) {
            for range in [CAPITAL_TN, RETURN_PCT, MARGIN_PCT, PAYERS_M] {
                let v = range.sanitize(x);
                prop_assert!(v.is_finite() && range.contains(v), "{v}");
            }
        }
    }
}
