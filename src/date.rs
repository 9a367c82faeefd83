//! Partial dates: an EDTF level-1 subset with explicit precision.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// How precisely a [`PartialDate`] is known.
///
/// ```
/// use nato_assurances::{PartialDate, Precision};
/// let d: PartialDate = "1990-02".parse().unwrap();
/// assert_eq!(d.precision(), Precision::Month);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Known to the year: `1990`.
    Year,
    /// Known to the month: `1990-02`.
    Month,
    /// Known to the day: `1990-02-09`.
    Day,
}

/// An EDTF qualifier on a [`PartialDate`].
///
/// ```
/// use nato_assurances::{PartialDate, Qualifier};
/// let d: PartialDate = "1991-03?".parse().unwrap();
/// assert_eq!(d.qualifier(), Qualifier::Uncertain);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Qualifier {
    /// No qualifier.
    None,
    /// `?`: the source is unsure of the date.
    Uncertain,
    /// `~`: the date is approximate.
    Approximate,
}

/// A date known to the year, month or day, optionally uncertain (`?`) or approximate (`~`):
/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally followed by `?` or `~`.
///
/// Ordering is total: by earliest day, then coarser precision first, then qualifier.
///
/// ```
/// use nato_assurances::PartialDate;
/// use chrono::NaiveDate;
/// let d: PartialDate = "1990-02".parse().unwrap();
/// assert_eq!(d.earliest(), NaiveDate::from_ymd_opt(1990, 2, 1).unwrap());
/// assert_eq!(d.latest(), NaiveDate::from_ymd_opt(1990, 2, 28).unwrap());
/// assert_eq!(d.to_string(), "1990-02");
/// assert!("1990-02-30".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    // Field order gives the derived total order. 0 means "not given" for month and day.
    pub(crate) year: u16,
    pub(crate) month: u8,
    pub(crate) day: u8,
    pub(crate) qualifier: Qualifier,
}

/// Why a string is not a valid [`PartialDate`].
///
/// ```
/// use nato_assurances::PartialDate;
/// let err = "1990-02-30".parse::<PartialDate>().unwrap_err();
/// assert!(err.to_string().contains("February 1990 has 28 days"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    input: String,
    reason: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid date `{}`: {}", self.input, self.reason)
    }
}

impl std::error::Error for DateError {}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    let first = NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), 1);
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(i32::from(year) + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(i32::from(year), u32::from(month) + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => u8::try_from((b - a).num_days()).unwrap_or(31),
        _ => 31,
    }
}

impl PartialDate {
    /// A date known to the day.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// assert_eq!(PartialDate::ymd(1992, 2, 25).unwrap().to_string(), "1992-02-25");
    /// assert!(PartialDate::ymd(1990, 2, 30).is_none());
    /// ```
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Self> {
        NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))?;
        (year <= 9999).then_some(PartialDate {
            year,
            month,
            day,
            qualifier: Qualifier::None,
        })
    }

    /// A date known to the month.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// assert_eq!(PartialDate::ym(1992, 2).unwrap().to_string(), "1992-02");
    /// ```
    pub fn ym(year: u16, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && year <= 9999).then_some(PartialDate {
            year,
            month,
            day: 0,
            qualifier: Qualifier::None,
        })
    }

    /// A date known to the year.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// assert_eq!(PartialDate::y(1992).unwrap().to_string(), "1992");
    /// ```
    pub fn y(year: u16) -> Option<Self> {
        (year <= 9999).then_some(PartialDate {
            year,
            month: 0,
            day: 0,
            qualifier: Qualifier::None,
        })
    }

    /// The same date with another qualifier.
    ///
    /// ```
    /// use nato_assurances::{PartialDate, Qualifier};
    /// let d = PartialDate::y(1991).unwrap().with_qualifier(Qualifier::Approximate);
    /// assert_eq!(d.to_string(), "1991~");
    /// ```
    #[must_use]
    pub fn with_qualifier(self, qualifier: Qualifier) -> Self {
        PartialDate { qualifier, ..self }
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!("1997-05-27".parse::<nato_assurances::PartialDate>().unwrap().year(), 1997);
    /// ```
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    ///
    /// ```
    /// assert_eq!("1997".parse::<nato_assurances::PartialDate>().unwrap().month(), None);
    /// ```
    pub fn month(self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, if known.
    ///
    /// ```
    /// assert_eq!("1997-05-27".parse::<nato_assurances::PartialDate>().unwrap().day(), Some(27));
    /// ```
    pub fn day(self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// How precisely the date is known.
    ///
    /// ```
    /// use nato_assurances::{PartialDate, Precision};
    /// assert_eq!("1997-05-27".parse::<PartialDate>().unwrap().precision(), Precision::Day);
    /// ```
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The qualifier (`?` uncertain, `~` approximate).
    ///
    /// ```
    /// use nato_assurances::{PartialDate, Qualifier};
    /// assert_eq!("1990".parse::<PartialDate>().unwrap().qualifier(), Qualifier::None);
    /// ```
    pub fn qualifier(self) -> Qualifier {
        self.qualifier
    }

    /// The first day the date can denote.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// let d: PartialDate = "1991".parse().unwrap();
    /// assert_eq!(d.earliest().to_string(), "1991-01-01");
    /// ```
    pub fn earliest(self) -> NaiveDate {
        let m = if self.month == 0 { 1 } else { self.month };
        let d = if self.day == 0 { 1 } else { self.day };
        NaiveDate::from_ymd_opt(i32::from(self.year), u32::from(m), u32::from(d))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day the date can denote.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// let d: PartialDate = "1992-02".parse().unwrap();
    /// assert_eq!(d.latest().to_string(), "1992-02-29");
    /// ```
    pub fn latest(self) -> NaiveDate {
        let m = if self.month == 0 { 12 } else { self.month };
        let d = if self.day == 0 {
            days_in_month(self.year, m)
        } else {
            self.day
        };
        NaiveDate::from_ymd_opt(i32::from(self.year), u32::from(m), u32::from(d))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether `day` falls within the days this date can denote.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// use chrono::NaiveDate;
    /// let d: PartialDate = "1990-02".parse().unwrap();
    /// assert!(d.contains(NaiveDate::from_ymd_opt(1990, 2, 9).unwrap()));
    /// ```
    pub fn contains(self, day: NaiveDate) -> bool {
        self.earliest() <= day && day <= self.latest()
    }

    /// The date a [`NaiveDate`] denotes, at day precision.
    ///
    /// ```
    /// use nato_assurances::PartialDate;
    /// let n = chrono::NaiveDate::from_ymd_opt(1990, 2, 9).unwrap();
    /// assert_eq!(PartialDate::from_naive(n).unwrap().to_string(), "1990-02-09");
    /// ```
    pub fn from_naive(day: NaiveDate) -> Option<Self> {
        let year = u16::try_from(day.year()).ok()?;
        PartialDate::ymd(
            year,
            u8::try_from(day.month()).ok()?,
            u8::try_from(day.day()).ok()?,
        )
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = format!("{:04}", self.year);
        if self.month != 0 {
            s.push_str(&format!("-{:02}", self.month));
        }
        if self.day != 0 {
            s.push_str(&format!("-{:02}", self.day));
        }
        match self.qualifier {
            Qualifier::None => {}
            Qualifier::Uncertain => s.push('?'),
            Qualifier::Approximate => s.push('~'),
        }
        f.pad(&s)
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

fn digits(s: &str, n: usize) -> Option<u16> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(input: &str) -> Result<Self, DateError> {
        let err = |reason: &str| DateError {
            input: input.to_owned(),
            reason: reason.to_owned(),
        };
        let shape = "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by `?` (uncertain) or `~` (approximate)";
        let (body, qualifier) = match input.as_bytes().last() {
            Some(b'?') => (&input[..input.len() - 1], Qualifier::Uncertain),
            Some(b'~') => (&input[..input.len() - 1], Qualifier::Approximate),
            _ => (input, Qualifier::None),
        };
        let mut parts = body.split('-');
        let year = parts
            .next()
            .and_then(|y| digits(y, 4))
            .ok_or_else(|| err(shape))?;
        let month = match parts.next() {
            None => 0,
            Some(m) => digits(m, 2).ok_or_else(|| err(shape))?,
        };
        let day = match parts.next() {
            None => 0,
            Some(d) => digits(d, 2).ok_or_else(|| err(shape))?,
        };
        if parts.next().is_some() {
            return Err(err(shape));
        }
        let (month, day) = (month as u8, day as u8);
        if month > 12 || (month == 0 && body.len() > 4) {
            return Err(err("the month must be between 01 and 12"));
        }
        if month != 0 && day == 0 && body.len() > 7 {
            return Err(err("the day must be between 01 and 31"));
        }
        if day != 0 {
            let max = days_in_month(year, month);
            if day > max {
                return Err(err(&format!(
                    "{} {} has {} days",
                    MONTHS[usize::from(month) - 1],
                    year,
                    max
                )));
            }
        }
        Ok(PartialDate {
            year,
            month,
            day,
            qualifier,
        })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
