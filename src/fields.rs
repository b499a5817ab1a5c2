//! How each input's value is written, with its unit, in each language; and the labels of the
//! options of a choice.

use content::BITCOIN;
use model::format::{count_m, date, percent, trimmed, usd_bn, usd_tn, Locale, NBSP};
use model::{c2, Field};

/// For an input that is a percentage, the sign `show` writes it with: 1 for a rate or a share,
/// −1 for a loss ("−49 %"); None for the others (a test holds the two together).
fn percent_sign(field: Field) -> Option<f64> {
    match field {
        Field::C1Return | Field::C1Margin | Field::C2BondYield | Field::C4Share => Some(1.0),
        Field::C4Mag7Fall | Field::C4RestFall | Field::C5Decline => Some(-1.0),
        _ => None,
    }
}

/// The value of an input as the page shows it ("6,5 Bio. $", "10 %", "Tesla").
pub fn show(field: Field, v: f64, loc: Locale) -> String {
    match field {
        Field::C1Capital | Field::C5UsHoldings | Field::C5ForeignHoldings => usd_tn(v, loc),
        Field::C1Return | Field::C1Margin | Field::C2BondYield | Field::C4Share => percent(v, loc),
        Field::C4Mag7Fall | Field::C4RestFall | Field::C5Decline => format!("−{}", percent(v, loc)),
        Field::C1Payers => count_m(v, loc),
        Field::C2CapeTarget => trimmed(v, 1, loc),
        Field::C2TeslaPrice | Field::C2NvidiaPrice => match loc {
            Locale::De => format!("{}{NBSP}$", trimmed(v, 0, loc)),
            Locale::En => format!("${}", trimmed(v, 0, loc)),
        },
        Field::C3Capex => usd_bn(v, loc),
        Field::C2Stock | Field::C2Basis | Field::C6From | Field::C6To => option(field, v as usize, loc),
    }
}

/// How far the reader's value is from the article's, in words ("das 2-Fache des
/// Artikelwerts", "−30 % gegenüber dem Artikel"); a percentage in percentage points, with the
/// sign the page shows it with ("−8 Prozentpunkte" for a loss of 57 % against 49 %); None for
/// choices and equal values.
pub fn differs(field: Field, v: f64, loc: Locale) -> Option<String> {
    let a = field.range().default;
    if v == a || a == 0.0 || field.range().step >= 1.0 && field.range().max <= 4.0 {
        return None;
    }
    let ui = content::Ui::get(loc);
    // From the article's value where the article states it, else from the starting value.
    let (point, points, times, pct) = if field.stated_in_article() {
        (ui.differs_point, ui.differs_points, ui.differs_times, ui.differs_pct)
    } else {
        (ui.differs_point_start, ui.differs_points_start, ui.differs_times_start, ui.differs_pct_start)
    };
    if let Some(sign) = percent_sign(field) {
        let pp = sign * (v - a);
        let n = trimmed(pp, 1, loc);
        let plus = if pp > 0.0 && n != "0" { "+" } else { "" };
        let template = if pp.abs() == 1.0 { point } else { points };
        return Some(content::fill(template, &[("pp", &format!("{plus}{n}"))]));
    }
    let ratio = v / a;
    Some(if ratio >= 1.5 {
        content::fill(times, &[("x", &trimmed(ratio, 1, loc))])
    } else {
        content::fill(pct, &[("pct", &model::format::signed_percent((ratio - 1.0) * 100.0, loc))])
    })
}

/// The line under an input whose value is not its default: the article's value where the
/// article states it ("Artikel: 10 %"), else the starting value ("Ausgangswert: 6,5 Bio. $").
pub fn reference(field: Field, loc: Locale) -> String {
    let ui = content::Ui::get(loc);
    let template = if field.stated_in_article() { ui.article_value } else { ui.start_value };
    content::fill(template, &[("value", &show(field, field.range().default, loc))])
}

/// The options of a choice input, in index order.
pub fn options(field: Field, loc: Locale) -> Vec<String> {
    let n = field.range().max as usize + 1;
    (0..n).map(|i| option(field, i, loc)).collect()
}

fn option(field: Field, i: usize, loc: Locale) -> String {
    match (field, loc) {
        (Field::C2Stock, _) => c2::STOCKS.get(i).map(|s| s.name.to_string()).unwrap_or_default(),
        (Field::C2Basis, Locale::De) => ["GAAP (ausgewiesen)", "non-GAAP (bereinigt)"][i.min(1)].to_string(),
        (Field::C2Basis, Locale::En) => ["GAAP (as reported)", "non-GAAP (adjusted)"][i.min(1)].to_string(),
        (Field::C6From | Field::C6To, _) => BITCOIN.get(i).map(|p| date(p.date, loc)).unwrap_or_default(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_shows_its_default_with_a_unit_or_option() {
        for f in Field::ALL {
            let s = show(f, f.range().default, Locale::De);
            assert!(!s.is_empty() && !s.contains("NaN"), "{f:?}: {s}");
        }
        assert_eq!(show(Field::C2Stock, 1.0, Locale::De), "Nvidia");
        assert_eq!(show(Field::C6From, 1.0, Locale::De), "1.11.2025");
        assert_eq!(options(Field::C6To, Locale::En).len(), model::c6::BITCOIN_POINTS);
        // From the article's value where the article states it, else from the starting value;
        // percentages in percentage points, with the sign the page shows them with.
        let cases: [(Field, f64, Locale, Option<&str>); 8] = [
            (Field::C1Capital, 6.5, Locale::De, None),
            (Field::C1Capital, 13.0, Locale::De, Some("das 2-Fache des Ausgangswerts")),
            (Field::C4Share, 60.0, Locale::En, Some("+23 percentage points compared with the article’s figure")),
            (Field::C1Return, 20.0, Locale::De, Some("+10 Prozentpunkte gegenüber dem Artikel")),
            (Field::C5Decline, 50.0, Locale::De, Some("−1 Prozentpunkt gegenüber dem Ausgangswert")),
            (Field::C5Decline, 57.0, Locale::En, Some("−8 percentage points compared with the starting value")),
            (Field::C1Capital, 5.2, Locale::En, Some("−20% compared with the starting value")),
            (Field::C2Stock, 1.0, Locale::De, None),
        ];
        for (f, v, loc, expected) in cases {
            assert_eq!(differs(f, v, loc).as_deref(), expected, "{f:?} at {v}");
        }
        assert_eq!(reference(Field::C1Capital, Locale::De), "Ausgangswert: 6,5\u{a0}Bio.\u{a0}$");
        assert_eq!(reference(Field::C1Return, Locale::En), "Article: 10%");
    }

    #[test]
    fn percent_sign_is_the_sign_show_writes() {
        for f in Field::ALL {
            let s = show(f, 10.0, Locale::De);
            let expected = s.ends_with('%').then_some(if s.starts_with('−') { -1.0 } else { 1.0 });
            assert_eq!(percent_sign(f), expected, "{f:?}: {s}");
        }
    }

    /// "Artikel" only for a value the article states: the default as the article writes it.
    #[test]
    fn the_article_states_what_the_page_calls_its_value() {
        let article = include_str!("../content/article.de.txt");
        for f in Field::ALL.into_iter().filter(|f| f.stated_in_article()) {
            let v = f.range().default;
            let written = match f {
                Field::C2Stock => show(f, v, Locale::De),
                _ => format!("{}%", trimmed(v, 1, Locale::De)),
            };
            let spaced = written.replace('%', " %");
            assert!(article.contains(&written) || article.contains(&spaced), "{f:?}: {written} is not in the article");
        }
    }
}
