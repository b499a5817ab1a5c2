//! Figures of the economy that several calculators share, with their sources (FACTS.md).

/// US GDP 2024, US$ tn (BEA, nominal).
pub const US_GDP_2024_TN: f64 = 29.18;
/// World GDP 2024, US$ tn (IMF World Economic Outlook, Oct 2025; approximate).
pub const WORLD_GDP_2024_TN: f64 = 111.0;
/// Rest of the world's GDP 2024, US$ tn: world minus US, rounded as the source check does.
pub const ROW_GDP_2024_TN: f64 = 82.0;
/// US households 2024, millions (Census Bureau, American Community Survey 1-year).
pub const US_HOUSEHOLDS_M: f64 = 132.7;
/// US population 2024, millions (Census Bureau estimate, about 340 m).
pub const US_POPULATION_M: f64 = 340.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rest_of_world_is_world_minus_us() {
        assert!((WORLD_GDP_2024_TN - US_GDP_2024_TN - ROW_GDP_2024_TN).abs() < 0.5);
    }
}
