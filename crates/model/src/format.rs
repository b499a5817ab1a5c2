//! Number formatting for each locale, and the article's own style of rounding.
//!
//! German: `1.234,5`, "Mrd." (10^9), "Bio." (10^12). English: `1,234.5`, "bn", "tn".
//! 10^12 is never called "billion". A value that is not finite prints as an en dash, never "NaN".

/// The language and number conventions of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    De,
    En,
}

impl Locale {
    /// The language's code, for `lang` attributes and the address (`de`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Locale::De => ('.', ','),
            Locale::En => (',', '.'),
        }
    }
}

/// Shown in place of a number that cannot be shown.
pub const NO_NUMBER: &str = "–";

/// No-break space: keeps a number and its unit on one line ("34,72 $").
pub const NBSP: char = '\u{a0}';

/// `x` with exactly `decimals` decimals and thousands grouping.
pub fn fixed(x: f64, decimals: usize, loc: Locale) -> String {
    if !x.is_finite() {
        return NO_NUMBER.to_string();
    }
    let (group, point) = loc.separators();
    let raw = crate::decimal::fixed(x.abs(), decimals);
    let (int, frac) = match raw.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (raw.as_str(), None),
    };
    let mut out = String::with_capacity(raw.len() + raw.len() / 3 + 2);
    let negative = x < 0.0 && raw.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    if negative {
        out.push('−');
    }
    let digits = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// `x` with at most `max_decimals` decimals: trailing zeros are dropped.
pub fn trimmed(x: f64, max_decimals: usize, loc: Locale) -> String {
    let s = fixed(x, max_decimals, loc);
    if max_decimals == 0 || s == NO_NUMBER {
        return s;
    }
    let point = loc.separators().1;
    let s = s.trim_end_matches('0');
    s.strip_suffix(point).unwrap_or(s).to_string()
}

/// `x` rounded to `digits` significant digits (as a number).
pub fn significant(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let magnitude = x.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits - 1 - magnitude);
    (x * factor).round() / factor
}

/// A percentage with its sign and at most one decimal: "−54,8 %", "+3 %" / "−54.8%".
pub fn signed_percent(pct: f64, loc: Locale) -> String {
    let sign = if pct > 0.0 && trimmed(pct, 1, loc) != "0" { "+" } else { "" };
    format!("{sign}{}", percent(pct, loc))
}

/// US dollars with two decimals: "34,72 $" / "$34.72". Numbers and units are joined by
/// no-break spaces here and below.
pub fn usd(x: f64, loc: Locale) -> String {
    let n = fixed(x, 2, loc);
    match loc {
        Locale::De => format!("{n}{NBSP}$"),
        Locale::En => format!("${n}"),
    }
}

/// Billions of US dollars, at most one decimal: "650 Mrd. $" / "$650 bn".
pub fn usd_bn(bn: f64, loc: Locale) -> String {
    let n = trimmed(bn, 1, loc);
    match loc {
        Locale::De => format!("{n}{NBSP}Mrd.{NBSP}$"),
        Locale::En => format!("${n}{NBSP}bn"),
    }
}

/// Trillions of US dollars, at most one decimal: "6,5 Bio. $" / "$6.5 tn".
pub fn usd_tn(tn: f64, loc: Locale) -> String {
    let n = trimmed(tn, 1, loc);
    match loc {
        Locale::De => format!("{n}{NBSP}Bio.{NBSP}$"),
        Locale::En => format!("${n}{NBSP}tn"),
    }
}

/// Text for HTML and XML, in content and in attribute values: `&`, `<`, `>` and `"` escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A template with its `{name}` placeholders filled from `values`; a placeholder without a
/// value stays as it is, and a value is never read as a template itself. (Written with
/// `split_once` on characters: the standard `str::replace` with a text pattern brings the
/// standard library's two-way string search into the WebAssembly.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let filled = after
            .split_once('}')
            .and_then(|(name, tail)| values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, tail)));
        match filled {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A count given in millions: "301 Mio." / "1,565 Mrd." (de), "301 m" / "1.565 bn" (en).
/// Billions keep three decimals where they have them, so that a whole number of millions is
/// written exactly: the arithmetic a reader redoes gives the amount shown, and each step of
/// a slider in millions reads differently.
pub fn count_m(millions: f64, loc: Locale) -> String {
    if millions.abs() >= 1000.0 {
        let n = trimmed(millions / 1000.0, 3, loc);
        match loc {
            Locale::De => format!("{n}{NBSP}Mrd."),
            Locale::En => format!("{n}{NBSP}bn"),
        }
    } else {
        let n = trimmed(millions, 1, loc);
        match loc {
            Locale::De => format!("{n}{NBSP}Mio."),
            Locale::En => format!("{n}{NBSP}m"),
        }
    }
}

/// A percentage with at most one decimal: "10 %" / "10%".
pub fn percent(pct: f64, loc: Locale) -> String {
    percent_with(pct, 1, loc)
}

/// A percentage with exactly `decimals` decimals: "2,50 %" / "2.50%".
pub fn percent_fixed(pct: f64, decimals: usize, loc: Locale) -> String {
    with_percent_sign(&fixed(pct, decimals, loc), loc)
}

/// A percentage with at most `decimals` decimals: "1,43 %" / "1.43%".
pub fn percent_with(pct: f64, decimals: usize, loc: Locale) -> String {
    with_percent_sign(&trimmed(pct, decimals, loc), loc)
}

fn with_percent_sign(n: &str, loc: Locale) -> String {
    match loc {
        Locale::De => format!("{n}{NBSP}%"),
        Locale::En => format!("{n}%"),
    }
}

/// An ISO date (`2025-11-10`) as the locale writes it: "10.11.2025" / "10 Nov 2025".
/// Anything else is returned as it is.
pub fn date(iso: &str, loc: Locale) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts[..] else {
        return iso.to_string();
    };
    let (Ok(_), Ok(mi), Ok(di)) = (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    if !(1..=12).contains(&mi) || !(1..=31).contains(&di) {
        return iso.to_string();
    }
    match loc {
        Locale::De => format!("{di}.{mi}.{y}"),
        Locale::En => format!("{di} {} {y}", MONTHS[mi - 1]),
    }
}

/// A month and year: "Dez. 1999" / "Dec 1999". A month out of 1..=12 prints as the year alone.
pub fn month_year(year: u16, month: u8, loc: Locale) -> String {
    const DE: [&str; 12] =
        ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."];
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let names = match loc {
        Locale::De => DE,
        Locale::En => EN,
    };
    match names.get((month as usize).wrapping_sub(1)) {
        Some(m) => format!("{m}{NBSP}{year}"),
        None => year.to_string(),
    }
}

/// The article's way of writing figures in its prose.
pub mod article {
    use super::{significant, trimmed, Locale};

    /// Billions as the article writes them, to two significant digits:
    /// "650 Milliarden", "2.900 Milliarden".
    pub fn billions(bn: f64) -> String {
        format!("{} Milliarden", trimmed(significant(bn, 2), 1, Locale::De))
    }

    /// A percentage as the article writes it: "10%", "7,5%".
    pub fn percent(pct: f64) -> String {
        format!("{}%", trimmed(pct, 1, Locale::De))
    }

    /// Dollars as the article writes them: whole dollars ("35 Dollar", "1.234 Dollar"),
    /// one decimal below ten ("4,5 Dollar").
    pub fn dollars(usd: f64) -> String {
        let n = if usd.abs() >= 9.95 { trimmed(usd.round(), 0, Locale::De) } else { trimmed(usd, 1, Locale::De) };
        format!("{n} Dollar")
    }
}

/// The English translation's way of writing the same figures.
pub mod article_en {
    use super::{significant, trimmed, Locale};

    /// "$650 billion"; from 10^12 on, "$1.2 trillion" (never "billion" for 10^12).
    pub fn billions(bn: f64) -> String {
        let bn = significant(bn, 2);
        if bn.abs() >= 1000.0 {
            format!("${} trillion", trimmed(bn / 1000.0, 1, Locale::En))
        } else {
            format!("${} billion", trimmed(bn, 1, Locale::En))
        }
    }

    /// "10%", "7.5%".
    pub fn percent(pct: f64) -> String {
        format!("{}%", trimmed(pct, 1, Locale::En))
    }

    /// "$35"; one decimal below ten ("$4.5").
    pub fn dollars(usd: f64) -> String {
        let n = if usd.abs() >= 9.95 { trimmed(usd.round(), 0, Locale::En) } else { trimmed(usd, 1, Locale::En) };
        format!("${n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_each_language_has_its_code() {
        assert_eq!(escape("a & <b> \"c\" ü"), "a &amp; &lt;b&gt; &quot;c&quot; ü");
        assert_eq!((Locale::De.code(), Locale::En.code()), ("de", "en"));
    }

    #[test]
    fn fixed_groups_thousands_per_locale() {
        assert_eq!(fixed(1234.5, 1, Locale::De), "1.234,5");
        assert_eq!(fixed(1234.5, 1, Locale::En), "1,234.5");
        assert_eq!(fixed(1234567.0, 0, Locale::De), "1.234.567");
        assert_eq!(fixed(999.0, 0, Locale::De), "999");
        assert_eq!(fixed(-1234.0, 0, Locale::En), "−1,234");
        assert_eq!(fixed(-0.001, 2, Locale::En), "0.00");
        assert_eq!(fixed(0.0, 2, Locale::De), "0,00");
    }

    #[test]
    fn not_finite_prints_a_dash_never_nan() {
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(fixed(x, 2, Locale::De), NO_NUMBER);
            assert_eq!(trimmed(x, 2, Locale::De), NO_NUMBER);
            assert!(!usd(x, Locale::En).contains("NaN"));
            assert!(!article::billions(x).contains("NaN"));
            assert!(!article::dollars(x).to_lowercase().contains("inf"));
        }
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(650.0, 1, Locale::De), "650");
        assert_eq!(trimmed(1.50, 2, Locale::De), "1,5");
        assert_eq!(trimmed(1.56, 2, Locale::En), "1.56");
        assert_eq!(trimmed(100.0, 0, Locale::De), "100");
    }

    #[test]
    fn significant_rounds() {
        assert_eq!(significant(844.16, 2), 840.0);
        assert_eq!(significant(650.0, 2), 650.0);
        assert_eq!(significant(2937.0, 2), 2900.0);
        assert_eq!(significant(0.0, 2), 0.0);
    }

    #[test]
    fn units_per_locale() {
        assert_eq!(usd(34.7222, Locale::De), "34,72\u{a0}$");
        assert_eq!(usd(34.7222, Locale::En), "$34.72");
        assert_eq!(usd_bn(650.0, Locale::De), "650\u{a0}Mrd.\u{a0}$");
        assert_eq!(usd_bn(650.0, Locale::En), "$650\u{a0}bn");
        assert_eq!(usd_tn(6.5, Locale::De), "6,5\u{a0}Bio.\u{a0}$");
        assert_eq!(usd_tn(6.5, Locale::En), "$6.5\u{a0}tn");
        assert_eq!(count_m(1560.0, Locale::De), "1,56\u{a0}Mrd.");
        assert_eq!(count_m(301.0, Locale::De), "301\u{a0}Mio.");
        assert_eq!(count_m(1560.0, Locale::En), "1.56\u{a0}bn");
        assert_eq!(count_m(1565.0, Locale::De), "1,565\u{a0}Mrd.");
        assert_eq!(count_m(1000.0, Locale::En), "1\u{a0}bn");
        assert_eq!(percent(10.0, Locale::De), "10\u{a0}%");
        assert!(!usd_tn(35.0, Locale::En).contains("billion"));
    }

    #[test]
    fn fill_fills_placeholders_once() {
        assert_eq!(fill("{a} und {b}, {a}", &[("a", "1"), ("b", "2")]), "1 und 2, 1");
        assert_eq!(fill("{x} of {y}", &[("x", "{y}"), ("y", "3")]), "{y} of 3");
        assert_eq!(fill("{unknown} {", &[("a", "1")]), "{unknown} {");
        assert_eq!(fill("ü{a}ß{a}", &[("a", "€")]), "ü€ß€");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn every_whole_million_reads_differently() {
        let range = crate::c1::PAYERS_M;
        let mut n = range.min;
        while n < range.max {
            for loc in [Locale::De, Locale::En] {
                assert_ne!(count_m(n, loc), count_m(n + 1.0, loc), "{n} m");
            }
            n += 1.0;
        }
    }

    #[test]
    fn months() {
        assert_eq!(month_year(1999, 12, Locale::De), "Dez.\u{a0}1999");
        assert_eq!(month_year(2025, 11, Locale::En), "Nov\u{a0}2025");
        assert_eq!(month_year(2025, 0, Locale::En), "2025");
    }

    #[test]
    fn percentages_with_fixed_decimals_keep_their_zeros() {
        assert_eq!(percent_fixed(2.5, 2, Locale::De), "2,50\u{a0}%");
        assert_eq!(percent_fixed(2.554, 2, Locale::En), "2.55%");
        assert_eq!(percent_with(2.5, 2, Locale::En), "2.5%");
    }

    #[test]
    fn signed_percentages() {
        assert_eq!(signed_percent(-54.79, Locale::De), "−54,8\u{a0}%");
        assert_eq!(signed_percent(3.0, Locale::En), "+3%");
        assert_eq!(signed_percent(0.0, Locale::En), "0%");
    }

    #[test]
    fn dates_per_locale() {
        assert_eq!(date("2025-11-10", Locale::De), "10.11.2025");
        assert_eq!(date("2025-11-10", Locale::En), "10 Nov 2025");
        assert_eq!(date("2025-01-04", Locale::En), "4 Jan 2025");
        assert_eq!(date("2025-01-04", Locale::De), "4.1.2025");
        assert_eq!(date("soon", Locale::De), "soon");
        assert_eq!(date("2025-13-01", Locale::De), "2025-13-01");
    }

    #[test]
    fn article_style_in_english() {
        assert_eq!(article_en::billions(650.0), "$650 billion");
        assert_eq!(article_en::billions(1000.0), "$1 trillion");
        assert_eq!(article_en::billions(1340.0), "$1.3 trillion");
        assert_eq!(article_en::percent(7.5), "7.5%");
        assert_eq!(article_en::dollars(34.72), "$35");
        assert_eq!(article_en::dollars(1234.4), "$1,234");
        assert!(!article_en::billions(f64::NAN).contains("NaN"));
    }

    #[test]
    fn article_style() {
        assert_eq!(article::billions(650.0), "650 Milliarden");
        assert_eq!(article::billions(2900.0), "2.900 Milliarden");
        assert_eq!(article::billions(844.2), "840 Milliarden");
        assert_eq!(article::percent(10.0), "10%");
        assert_eq!(article::percent(7.5), "7,5%");
        assert_eq!(article::dollars(34.72), "35 Dollar");
        assert_eq!(article::dollars(179.96), "180 Dollar");
        assert_eq!(article::dollars(1234.4), "1.234 Dollar");
        assert_eq!(article::dollars(4.54), "4,5 Dollar");
    }
}
