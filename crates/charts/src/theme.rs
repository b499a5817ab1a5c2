//! Colours and type of the charts. One palette for all charts: Okabe-Ito, which colour-blind
//! readers can tell apart; the reader's current value is always drawn in `accent`.

use plotters::style::{FontFamily, RGBColor};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    /// Tick labels and axis titles (at least 4.5:1 against the background).
    pub text: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Axis lines and group markers (at least 3:1).
    pub axis: RGBColor,
    /// The data line (Okabe-Ito blue).
    pub line: RGBColor,
    /// The reader's current value (Okabe-Ito vermillion).
    pub accent: RGBColor,
    /// Data series that are not the reader's: darkened Okabe-Ito blue, green, purple, orange,
    /// each at least 3:1 against the background.
    pub series: [RGBColor; 4],
    /// Reference values (GDP, the article's figure) drawn for comparison.
    pub reference: RGBColor,
    /// A shaded range behind the data (decorative).
    pub band: RGBColor,
    /// Font family for all chart text (a CSS font list).
    pub font: &'static str,
}

impl Theme {
    /// The chart font as plotters' family. Built as `FontFamily::Name` and never from a
    /// `&str`: plotters converts a `&str` through `to_lowercase`, which would bring Unicode
    /// case tables (about 12 KB) into the WebAssembly.
    pub fn family(&self) -> FontFamily<'static> {
        FontFamily::Name(self.font)
    }
}

/// Charts on a light page.
pub const LIGHT: Theme = Theme {
    background: RGBColor(255, 255, 255),
    text: RGBColor(51, 51, 51),
    grid: RGBColor(226, 226, 226),
    axis: RGBColor(110, 110, 110),
    line: RGBColor(0, 114, 178),
    accent: RGBColor(213, 94, 0),
    series: [RGBColor(0, 114, 178), RGBColor(0, 122, 94), RGBColor(168, 82, 138), RGBColor(166, 106, 0)],
    reference: RGBColor(138, 138, 138),
    band: RGBColor(232, 241, 248),
    font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};

/// Charts on a dark page (prefers-color-scheme: dark). The reader's value keeps its colour.
pub const DARK: Theme = Theme {
    background: RGBColor(22, 22, 22),
    text: RGBColor(230, 230, 230),
    grid: RGBColor(52, 52, 52),
    axis: RGBColor(154, 154, 154),
    line: RGBColor(86, 180, 233),
    accent: RGBColor(213, 94, 0),
    series: [RGBColor(86, 180, 233), RGBColor(0, 158, 115), RGBColor(204, 121, 167), RGBColor(230, 159, 0)],
    reference: RGBColor(138, 138, 138),
    band: RGBColor(30, 42, 52),
    font: LIGHT.font,
};

/// WCAG relative luminance of a colour.
pub fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_themes_meet_wcag_aa() {
        for t in [LIGHT, DARK] {
            check(t);
        }
    }

    /// The page's style sheet shows a prerendered (light) chart in the dark palette where the
    /// page is dark: every light colour that differs from its dark one is read, as a fill and
    /// as a stroke, as a custom property that both of the sheet's dark blocks set to it.
    #[test]
    fn the_style_sheet_darkens_the_prerendered_charts_as_the_palettes_do() {
        let css = include_str!("../../../static/style.css");
        let hex = |c: RGBColor| format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        let (l, d) = (LIGHT, DARK);
        let mut pairs = vec![
            (l.background, d.background),
            (l.text, d.text),
            (l.grid, d.grid),
            (l.axis, d.axis),
            (l.line, d.line),
            (l.accent, d.accent),
            (l.reference, d.reference),
            (l.band, d.band),
        ];
        pairs.extend(l.series.into_iter().zip(d.series));
        for (light, dark) in pairs.into_iter().filter(|(a, b)| a != b) {
            let (light, dark) = (hex(light), hex(dark).to_lowercase());
            let var = |attr: &str| {
                let rule = format!(".chart-static [{attr}=\"#{light}\"] {{ {attr}: var(");
                let at = css.find(&rule).unwrap_or_else(|| panic!("no rule for {attr} #{light}")) + rule.len();
                css[at..].split(',').next().unwrap().to_string()
            };
            let name = var("fill");
            assert_eq!(var("stroke"), name, "#{light}");
            assert_eq!(css.matches(&format!("{name}: #{dark};")).count(), 2, "{name} is #{dark} in both dark blocks");
        }
    }

    fn check(t: Theme) {
        assert!(contrast(t.text, t.background) >= 4.5);
        assert!(contrast(t.axis, t.background) >= 3.0);
        assert!(contrast(t.line, t.background) >= 3.0);
        assert!(contrast(t.accent, t.background) >= 3.0);
        assert!(contrast(t.reference, t.background) >= 3.0);
        for c in t.series {
            assert!(contrast(c, t.background) >= 3.0, "{c:?}");
        }
    }
}
