//! C6 other claims: the Bitcoin fall in November 2025, the MIT adoption funnel, the count of
//! AI models. The price series and the counts are data (`content/data/`); here is what is
//! computed from them.

use crate::range::InputRange;

/// Points in the Bitcoin price series (`content/data/bitcoin_2025.csv`).
pub const BITCOIN_POINTS: usize = 5;
/// First date: index into the series. Default: 1 Nov 2025 (the month's open).
pub const FROM: InputRange = InputRange { min: 0.0, max: (BITCOIN_POINTS - 1) as f64, step: 1.0, default: 1.0 };
/// Second date. Default: 21 Nov 2025 (the month's low).
pub const TO: InputRange = InputRange { min: 0.0, max: (BITCOIN_POINTS - 1) as f64, step: 1.0, default: 2.0 };

crate::inputs! {
    /// What the reader sets.
    pub struct Inputs {
        /// Index of the first date.
        from: C6From,
        /// Index of the second date.
        to: C6To,
    }
}

/// Change from one price to another, %.
pub fn change_pct(from: f64, to: f64) -> f64 {
    (to / from - 1.0) * 100.0
}

/// MIT NANDA (2025): of organisations looking at custom enterprise AI tools, per cent that
/// evaluated, piloted, and reached production.
pub const MIT_EVALUATED_PCT: f64 = 60.0;
pub const MIT_PILOTED_PCT: f64 = 20.0;
pub const MIT_PRODUCTION_PCT: f64 = 5.0;

/// Share of pilots that reached production, %.
pub fn pilots_to_production_pct() -> f64 {
    MIT_PRODUCTION_PCT / MIT_PILOTED_PCT * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c6_bitcoin_fell_by_a_quarter_within_november() {
        // 1 Nov about 110,000 $, 21 Nov low 80,553 $.
        let pct = change_pct(110_000.0, 80_553.0);
        assert_eq!(format!("{pct:.1}"), "-26.8");
        assert_eq!((pct / 25.0).round(), -1.0, "about a quarter");
    }

    #[test]
    fn c6_bitcoin_month_close_was_less_than_a_quarter_down() {
        let pct = change_pct(110_000.0, 90_500.0);
        assert!(pct > -20.0 && pct < -15.0, "{pct}");
    }

    #[test]
    fn c6_mit_one_pilot_in_four_reached_production() {
        assert_eq!(pilots_to_production_pct(), 25.0);
    }
}
