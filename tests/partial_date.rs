//! Properties of `PartialDate`: string round trip, ordering, bounds.

use chrono::{Datelike, NaiveDate};
use nato_assurances::{PartialDate, Precision, Qualifier};
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = PartialDate> {
    let q = prop_oneof![
        Just(Qualifier::None),
        Just(Qualifier::Uncertain),
        Just(Qualifier::Approximate)
    ];
    (1000u16..=2999, 0u8..=12, 0u8..=31, q).prop_filter_map("valid", |(y, m, d, q)| {
        let base = match (m, d) {
            (0, _) => PartialDate::y(y),
            (m, 0) => PartialDate::ym(y, m),
            (m, d) => PartialDate::ymd(y, m, d),
        };
        base.map(|b| b.with_qualifier(q))
    })
}

proptest! {
    #[test]
    fn string_round_trip(d in any_date()) {
        let s = d.to_string();
        prop_assert_eq!(s.parse::<PartialDate>(), Ok(d));
        let json = serde_json::to_string(&d).unwrap();
        prop_assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), d);
    }

    #[test]
    fn bounds_are_ordered_and_match_precision(d in any_date()) {
        prop_assert!(d.earliest() <= d.latest());
        prop_assert!(d.contains(d.earliest()) && d.contains(d.latest()));
        match d.precision() {
            Precision::Day => prop_assert_eq!(d.earliest(), d.latest()),
            Precision::Month => {
                prop_assert_eq!(d.earliest().day(), 1);
                prop_assert_eq!(d.latest().succ_opt().unwrap().day(), 1);
            }
            Precision::Year => {
                prop_assert_eq!((d.earliest().month(), d.earliest().day()), (1, 1));
                prop_assert_eq!((d.latest().month(), d.latest().day()), (12, 31));
            }
        }
    }

    #[test]
    fn order_is_total_and_follows_earliest_day(a in any_date(), b in any_date()) {
        if a.earliest() < b.earliest() {
            prop_assert!(a < b);
        }
        prop_assert_eq!(a == b, a.to_string() == b.to_string());
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
    }

    #[test]
    fn arbitrary_strings_parse_or_fail_cleanly(s in "\\PC{0,12}") {
        if let Ok(d) = s.parse::<PartialDate>() {
            prop_assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn every_real_day_parses(days in 0i64..400_000) {
        let n = NaiveDate::from_ymd_opt(1000, 1, 1).unwrap() + chrono::Duration::days(days);
        if n.year() <= 9999 {
            let d = PartialDate::from_naive(n).unwrap();
            prop_assert_eq!(d.earliest(), n);
            prop_assert_eq!(n.format("%Y-%m-%d").to_string().parse::<PartialDate>(), Ok(d));
        }
    }
}

#[test]
fn invalid_dates_are_rejected_with_a_reason() {
    let cases = [
        ("1990-02-30", "February 1990 has 28 days"),
        ("1992-02-30", "February 1992 has 29 days"),
        ("1990-04-31", "April 1990 has 30 days"),
        ("1990-13", "the month must be between 01 and 12"),
        ("1990-00", "the month must be between 01 and 12"),
        ("1990-01-00", "the day must be between 01 and 31"),
        ("90-01-01", "expected YYYY"),
        ("1990/01/01", "expected YYYY"),
        ("1990-1-1", "expected YYYY"),
        ("", "expected YYYY"),
        ("1990-01-01?~", "expected YYYY"),
        (" 1990", "expected YYYY"),
    ];
    for (input, reason) in cases {
        let err = input.parse::<PartialDate>().expect_err(input).to_string();
        assert!(err.contains(reason), "{input}: {err}");
        assert!(err.contains(&format!("`{input}`")), "{input}: {err}");
    }
}

#[test]
fn qualifiers_round_trip() {
    for (s, q) in [
        ("1991?", Qualifier::Uncertain),
        ("1991-03~", Qualifier::Approximate),
        ("1991-03-05", Qualifier::None),
    ] {
        let d: PartialDate = s.parse().unwrap();
        assert_eq!(d.qualifier(), q);
        assert_eq!(d.to_string(), s);
    }
}
