//! Every input of every calculator, with its range, its short URL key and its name.
//!
//! All inputs are numbers: a choice among options (a stock, an accounting basis, a date) is the
//! option's index, in a range with step 1. So one mechanism sanitises, shares and restores them.

use crate::format::Locale;
use crate::range::InputRange;
use crate::{c1, c2, c3, c4, c5, c6};

/// An input of a calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// C1: invested capital, US$ tn.
    C1Capital,
    /// C1: target return, % a year.
    C1Return,
    /// C1: profit margin, % of revenue.
    C1Margin,
    /// C1: payers, millions.
    C1Payers,
    /// C2: the CAPE the market returns to.
    C2CapeTarget,
    /// C2: yield of a 10-year US Treasury bond, % a year.
    C2BondYield,
    /// C2: which stock (index into `c2::STOCKS`).
    C2Stock,
    /// C2: earnings basis, 0 = GAAP, 1 = non-GAAP.
    C2Basis,
    /// C2: Tesla's share price, US$.
    C2TeslaPrice,
    /// C2: Nvidia's share price, US$.
    C2NvidiaPrice,
    /// C3: four-firm capital spending in a year, US$ bn.
    C3Capex,
    /// C4: Mag 7 share of the S&P 500, %.
    C4Share,
    /// C4: fall of the Mag 7, %.
    C4Mag7Fall,
    /// C4: fall of the other 493 stocks, %.
    C4RestFall,
    /// C5: fall of share prices, %.
    C5Decline,
    /// C5: US households' stock holdings, US$ tn.
    C5UsHoldings,
    /// C5: foreign investors' holdings of US stocks, US$ tn.
    C5ForeignHoldings,
    /// C6: Bitcoin, first date (index into the price series).
    C6From,
    /// C6: Bitcoin, second date.
    C6To,
}

impl Field {
    pub const ALL: [Field; 19] = [
        Field::C1Capital,
        Field::C1Return,
        Field::C1Margin,
        Field::C1Payers,
        Field::C2CapeTarget,
        Field::C2BondYield,
        Field::C2Stock,
        Field::C2Basis,
        Field::C2TeslaPrice,
        Field::C2NvidiaPrice,
        Field::C3Capex,
        Field::C4Share,
        Field::C4Mag7Fall,
        Field::C4RestFall,
        Field::C5Decline,
        Field::C5UsHoldings,
        Field::C5ForeignHoldings,
        Field::C6From,
        Field::C6To,
    ];

    /// Range, step and the article's value.
    pub fn range(self) -> InputRange {
        match self {
            Field::C1Capital => c1::CAPITAL_TN,
            Field::C1Return => c1::RETURN_PCT,
            Field::C1Margin => c1::MARGIN_PCT,
            Field::C1Payers => c1::PAYERS_M,
            Field::C2CapeTarget => c2::CAPE_TARGET,
            Field::C2BondYield => c2::BOND_YIELD_PCT,
            Field::C2Stock => c2::STOCK,
            Field::C2Basis => c2::BASIS,
            Field::C2TeslaPrice => c2::TESLA_PRICE_USD,
            Field::C2NvidiaPrice => c2::NVIDIA_PRICE_USD,
            Field::C3Capex => c3::CAPEX_BN,
            Field::C4Share => c4::SHARE_PCT,
            Field::C4Mag7Fall => c4::MAG7_FALL_PCT,
            Field::C4RestFall => c4::REST_FALL_PCT,
            Field::C5Decline => c5::DECLINE_PCT,
            Field::C5UsHoldings => c5::US_HOLDINGS_TN,
            Field::C5ForeignHoldings => c5::FOREIGN_HOLDINGS_TN,
            Field::C6From => c6::FROM,
            Field::C6To => c6::TO,
        }
    }

    /// The short, stable key of the input in a shared address (`?cap=7&n=301`).
    pub fn key(self) -> &'static str {
        match self {
            Field::C1Capital => "cap",
            Field::C1Return => "ret",
            Field::C1Margin => "mar",
            Field::C1Payers => "n",
            Field::C2CapeTarget => "cape",
            Field::C2BondYield => "bond",
            Field::C2Stock => "stock",
            Field::C2Basis => "eps",
            Field::C2TeslaPrice => "tsla",
            Field::C2NvidiaPrice => "nvda",
            Field::C3Capex => "capex",
            Field::C4Share => "m7",
            Field::C4Mag7Fall => "m7f",
            Field::C4RestFall => "restf",
            Field::C5Decline => "fall",
            Field::C5UsHoldings => "ush",
            Field::C5ForeignHoldings => "fgn",
            Field::C6From => "from",
            Field::C6To => "to",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The calculator the input belongs to (`"c1"` ... `"c6"`).
    pub fn calculator(self) -> &'static str {
        match self {
            Field::C1Capital | Field::C1Return | Field::C1Margin | Field::C1Payers => "c1",
            Field::C2CapeTarget
            | Field::C2BondYield
            | Field::C2Stock
            | Field::C2Basis
            | Field::C2TeslaPrice
            | Field::C2NvidiaPrice => "c2",
            Field::C3Capex => "c3",
            Field::C4Share | Field::C4Mag7Fall | Field::C4RestFall => "c4",
            Field::C5Decline | Field::C5UsHoldings | Field::C5ForeignHoldings => "c5",
            Field::C6From | Field::C6To => "c6",
        }
    }

    /// Whether the article itself states the input's default (C1's 10 % return, C4's 37 %
    /// share, C2's Tesla). The other defaults are the sources' figures or the assumptions that
    /// give the article's figures (C1's capital and margin): the page calls them starting
    /// values, not the article's.
    pub fn stated_in_article(self) -> bool {
        matches!(self, Field::C1Return | Field::C4Share | Field::C2Stock)
    }

    /// Name of the input, for labels and messages.
    pub fn name(self, loc: Locale) -> &'static str {
        let (de, en) = match self {
            Field::C1Capital => ("Investiertes Kapital", "Invested capital"),
            Field::C1Return => ("Zielrendite pro Jahr", "Annual target return"),
            Field::C1Margin => ("Gewinnmarge", "Profit margin"),
            Field::C1Payers => ("Zahl der Zahlenden", "Number of payers"),
            Field::C2CapeTarget => ("CAPE nach der Korrektur", "CAPE after the correction"),
            Field::C2BondYield => ("Rendite 10-jähriger US-Staatsanleihen", "Yield of 10-year US Treasuries"),
            Field::C2Stock => ("Aktie", "Stock"),
            Field::C2Basis => ("Gewinn", "Earnings"),
            Field::C2TeslaPrice => ("Kurs der Tesla-Aktie", "Tesla share price"),
            Field::C2NvidiaPrice => ("Kurs der Nvidia-Aktie", "Nvidia share price"),
            Field::C3Capex => ("Investitionen der vier Konzerne pro Jahr", "The four firms’ annual spending"),
            Field::C4Share => ("Anteil der Magnificent 7 am S&P 500", "Magnificent 7 share of the S&P 500"),
            Field::C4Mag7Fall => ("Kursverlust der Magnificent 7", "Fall of the Magnificent 7"),
            Field::C4RestFall => ("Kursverlust der übrigen 493", "Fall of the other 493"),
            Field::C5Decline => ("Kursverlust", "Fall in share prices"),
            Field::C5UsHoldings => ("Aktienvermögen der US-Haushalte", "US households’ stock holdings"),
            Field::C5ForeignHoldings => ("US-Aktien ausländischer Investoren", "Foreign investors’ US stocks"),
            Field::C6From => ("Von", "From"),
            Field::C6To => ("Bis", "To"),
        };
        match loc {
            Locale::De => de,
            Locale::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip() {
        let mut keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), Field::ALL.len());
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
    }

    #[test]
    fn every_field_has_a_sane_range_and_a_name() {
        for f in Field::ALL {
            let r = f.range();
            assert!(r.min < r.max && r.step > 0.0 && r.contains(r.default), "{f:?}");
            assert_eq!(r.sanitize(r.default), r.default, "{f:?}: default not on the step grid");
            assert!(!f.name(Locale::De).is_empty() && !f.name(Locale::En).is_empty());
        }
    }
}
