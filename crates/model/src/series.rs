//! Shapes of the data series (`content/data/*.csv`), compiled into statics by the content crate.

/// The Shiller CAPE in one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CapeMonth {
    pub year: u16,
    pub month: u8,
    pub cape: f64,
    /// "peak", "2025 monthly", or empty.
    pub note: &'static str,
}

impl CapeMonth {
    /// The month as a fractional year (January 1999 = 1999.0), for a time axis.
    pub fn t(&self) -> f64 {
        self.year as f64 + (self.month as f64 - 1.0) / 12.0
    }
}

/// Capital spending of the four firms in one year, US$ bn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CapexYear {
    pub year: u16,
    pub amazon_bn: f64,
    pub alphabet_bn: f64,
    pub meta_bn: f64,
    pub microsoft_bn: f64,
    /// The total as the source gives it (rounded).
    pub total_bn: f64,
    /// Company guidance, not yet spent.
    pub guidance: bool,
    pub note: &'static str,
}

impl CapexYear {
    /// The four firms in the order the charts stack them.
    pub fn parts(&self) -> [f64; 4] {
        [self.amazon_bn, self.alphabet_bn, self.microsoft_bn, self.meta_bn]
    }
}

/// A share at a date, %.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SharePoint {
    /// ISO date.
    pub date: &'static str,
    pub share_pct: f64,
    /// "full market cap" or "index weight".
    pub method: &'static str,
    pub source: &'static str,
}

/// A price at a date, US$.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PricePoint {
    /// ISO date.
    pub date: &'static str,
    pub usd: f64,
    pub note: &'static str,
}

/// A count for a region.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionCount {
    pub region: &'static str,
    pub count: u32,
    pub source: &'static str,
}

/// A fractional year of an ISO date (`2025-11-21` -> 2025.88), for a time axis.
pub fn year_of(date: &str) -> f64 {
    let mut parts = date.split('-').map(|p| crate::decimal::parse(p).unwrap_or(1.0));
    let y = parts.next().unwrap_or(0.0);
    let m = parts.next().unwrap_or(1.0);
    let d = parts.next().unwrap_or(1.0);
    y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_to_years() {
        assert_eq!(year_of("2025-01-01"), 2025.0);
        assert!((year_of("2025-07-01") - 2025.5).abs() < 1e-9);
        assert!(year_of("2025-11-21") > year_of("2025-11-01"));
        assert_eq!(CapeMonth { year: 1999, month: 1, cape: 1.0, note: "" }.t(), 1999.0);
    }
}
