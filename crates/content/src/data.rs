//! Tests of the data files: the series are complete, ordered and agree with the claims.

#[cfg(test)]
mod tests {
    use crate::{AI_MODELS, BITCOIN, CAPEX, CAPE_JANUARY, CAPE_NOTABLE, MAG7_SHARE};
    use model::{c2, c6};

    #[test]
    fn every_note_and_shown_source_of_the_data_files_reads_in_both_languages() {
        use crate::{data_note, Locale, BITCOIN, CAPEX, CAPE_NOTABLE, MAG7_SHARE};
        let notes = CAPEX.iter().map(|y| y.note).chain(BITCOIN.iter().map(|p| p.note));
        let notes = notes.chain(CAPE_NOTABLE.iter().map(|m| m.note)).chain(MAG7_SHARE.iter().map(|p| p.method));
        let sources = MAG7_SHARE.iter().map(|p| p.source).chain(AI_MODELS.iter().map(|r| r.source));
        let notes = notes.chain(sources);
        for note in notes.filter(|n| !n.is_empty()) {
            let (de, en) = (data_note(note, Locale::De), data_note(note, Locale::En));
            assert!(!de.is_empty() && !en.is_empty(), "{note}");
            assert!(crate::DATA_NOTES.iter().any(|(n, _)| *n == note), "{note} has no entry");
        }
        assert_eq!(data_note("as above", Locale::De), "wie oben");
        assert_eq!(
            data_note("record high (intraday about 126080-126273)", Locale::En),
            "record high (intraday about 126,080–126,273)"
        );
        assert_eq!(data_note("", Locale::De), "");
    }

    #[test]
    fn a_source_that_describes_reads_in_both_languages_and_a_name_keeps_it() {
        use crate::{data_note, Locale};
        let mag7 = MAG7_SHARE.iter().find(|p| p.source.contains("(computed)")).expect("a computed row").source;
        assert_eq!(data_note(mag7, Locale::De), "Tabellen von Visual Capitalist/Tema (berechnet)");
        assert_eq!(data_note(mag7, Locale::En), mag7);
        assert!(data_note(AI_MODELS[0].source, Locale::De).contains("KI-Modelle des Jahres 2024"));
        let named = MAG7_SHARE.iter().find(|p| p.source == "Benzinga").expect("a named source").source;
        assert_eq!(data_note(named, Locale::De), "Benzinga");
    }

    #[test]
    fn cape_january_runs_1881_to_2026_without_gaps() {
        assert_eq!(CAPE_JANUARY.first().unwrap().year, 1881);
        assert_eq!(CAPE_JANUARY.last().unwrap().year, 2026);
        for w in CAPE_JANUARY.windows(2) {
            assert_eq!(w[1].year, w[0].year + 1);
        }
        assert!(CAPE_JANUARY.iter().all(|m| m.month == 1 && m.cape > 4.0 && m.cape < 50.0));
    }

    #[test]
    fn c2_cape_history_mostly_between_10_and_20() {
        // The article: "historically between 10 and 20". The January values say: a little over
        // half the years (FACTS.md, all months: 56 %), with a mean near 17.7.
        let n = CAPE_JANUARY.len() as f64;
        let inside = CAPE_JANUARY.iter().filter(|m| (10.0..=20.0).contains(&m.cape)).count() as f64;
        let share = inside / n * 100.0;
        assert!((50.0..65.0).contains(&share), "{share}");
        let mean = CAPE_JANUARY.iter().map(|m| m.cape).sum::<f64>() / n;
        assert!((mean - c2::CAPE_MEAN).abs() < 0.5, "{mean}");
    }

    #[test]
    fn c2_cape_nov_2025_is_39_15() {
        let nov = CAPE_NOTABLE.iter().find(|m| m.year == 2025 && m.month == 11).unwrap();
        assert_eq!(nov.cape, c2::CAPE_NOV_2025);
    }

    #[test]
    fn c2_cape_peak_is_dec_1999() {
        let peak = CAPE_NOTABLE.iter().max_by(|a, b| a.cape.total_cmp(&b.cape)).unwrap();
        assert_eq!((peak.year, peak.month, peak.cape), (1999, 12, c2::CAPE_PEAK_DEC_1999));
    }

    #[test]
    fn capex_totals_add_up_and_mark_the_guidance() {
        for y in CAPEX {
            let sum: f64 = y.parts().iter().sum();
            assert!((sum - y.total_bn).abs() <= 1.5, "{}: {sum} vs {}", y.year, y.total_bn);
        }
        assert!(CAPEX.iter().filter(|y| y.guidance).all(|y| y.year == 2026));
        assert_eq!(CAPEX.iter().find(|y| y.year == 2025).unwrap().total_bn, model::c3::CAPEX_BN.default);
    }

    #[test]
    fn c3_750_bn_is_below_2025_plus_2026_spending() {
        let of = |year: u16| CAPEX.iter().find(|y| y.year == year).unwrap().total_bn;
        // No source gives 750 bn; 2025 alone was 416 bn, and 2025 with 2026's guidance far more.
        assert!(of(2025) < 750.0 && of(2025) + of(2026) > 750.0);
    }

    #[test]
    fn c4_record_share_37_4_in_data() {
        let max = MAG7_SHARE.iter().max_by(|a, b| a.share_pct.total_cmp(&b.share_pct)).unwrap();
        assert_eq!((max.date, max.share_pct), ("2025-10-28", model::c4::SOURCE_SHARE_PCT));
        for w in MAG7_SHARE.windows(2) {
            assert!(w[0].date < w[1].date, "dates in order");
        }
    }

    #[test]
    fn c6_bitcoin_low_80553_in_data() {
        assert_eq!(BITCOIN.len(), c6::BITCOIN_POINTS);
        let low = BITCOIN.iter().min_by(|a, b| a.usd.total_cmp(&b.usd)).unwrap();
        assert_eq!((low.date, low.usd), ("2025-11-21", 80_553.0));
        let (from, to) = (BITCOIN[c6::FROM.default as usize], BITCOIN[c6::TO.default as usize]);
        assert_eq!((from.date, to.date), ("2025-11-01", "2025-11-21"));
        assert_eq!(format!("{:.1}", c6::change_pct(from.usd, to.usd)), "-26.8");
    }

    #[test]
    fn c6_models_us_40_china_15_in_data() {
        let count = |r: &str| AI_MODELS.iter().find(|m| m.region == r).unwrap().count;
        assert_eq!((count("USA"), count("China"), count("Europe")), (40, 15, 3));
    }
}
