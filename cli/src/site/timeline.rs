//! The timeline's layout: commitments, events and claims on one time axis, in three lanes.
//! A day-precise date is a point; a month, a year, an uncertain date or a date range is a bar
//! from its earliest to its latest day. Marks that would overlap go to the next row of their
//! lane. The template draws the result as SVG.

use super::view::{record_url, Site};
use chrono::{Datelike, NaiveDate};
use nato_assurances::{Dataset, PartialDate, Precision, Qualifier};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Pixels per year on the time axis.
const YEAR_PX: f64 = 96.0;
/// Height of one row of marks.
const ROW_PX: f64 = 14.0;
/// The smallest drawn width of a bar.
const MIN_BAR: f64 = 4.0;
/// The gap kept between marks in one row.
const GAP: f64 = 3.0;
/// Space left of the axis, for the lane labels.
const LEFT: f64 = 8.0;
/// Space above the first lane, for the year labels.
const TOP: f64 = 28.0;

/// The laid-out timeline.
#[derive(Debug, Serialize)]
pub struct Timeline {
    /// SVG width.
    pub width: f64,
    /// SVG height.
    pub height: f64,
    /// One tick per year.
    pub ticks: Vec<Tick>,
    /// The three lanes.
    pub lanes: Vec<Lane>,
    /// Every mark, lane by lane, in date order.
    pub marks: Vec<Mark>,
    /// The topics the filter offers: (value, description).
    pub topics: Vec<(String, String)>,
    /// Actors that appear in a mark: (id, name), by name.
    pub actors: Vec<(String, String)>,
    /// Perspective groups: (value, description).
    pub groups: Vec<(String, String)>,
    /// Claims without a date (not drawn; listed).
    pub undated: Vec<String>,
    /// Marks by year, for the list view.
    pub years: Vec<(i32, Vec<usize>)>,
}

/// A year tick.
#[derive(Debug, Serialize)]
pub struct Tick {
    /// x position.
    pub x: f64,
    /// The year.
    pub year: i32,
    /// Whether the year is labelled (every year on a wide axis).
    pub label: bool,
}

/// A lane: commitments, events or claims.
#[derive(Debug, Serialize)]
pub struct Lane {
    /// `commitment`, `event`, `claim`.
    pub kind: &'static str,
    /// Heading.
    pub label: &'static str,
    /// Top y.
    pub y: f64,
    /// Height.
    pub height: f64,
}

/// One record on the axis.
#[derive(Debug, Serialize)]
pub struct Mark {
    /// Record kind.
    pub kind: &'static str,
    /// Record id.
    pub id: String,
    /// Page, relative to the site root.
    pub url: String,
    /// The title or, for a claim, claimant and summary.
    pub label: String,
    /// The label cut short, for the mark's tooltip and accessible name.
    pub short: String,

    /// The date as recorded.
    pub date: String,
    /// The year of its earliest day (the list view's heading).
    pub year: i32,
    /// Left x.
    pub x: f64,
    /// Top y.
    pub y: f64,
    /// Width (bars).
    pub w: f64,
    /// Drawn as a point (a day-precise, certain, single date).
    pub point: bool,
    /// Topics, as positions in [`Timeline::topics`], space-separated (claims: their
    /// commitments' topics).
    pub topics: String,
    /// Actors, as positions in [`Timeline::actors`], space-separated.
    pub actors: String,
    /// Perspective groups, space-separated (claims: the claimant's; commitments: those of
    /// the claims about it).
    pub groups: String,
}

/// The longest claim label on the timeline, in characters (the page has the rest).
const LABEL_CHARS: usize = 160;

/// The longest tooltip of a mark, in characters.
const SHORT_CHARS: usize = 100;

/// `text` cut to `max` characters at a word boundary, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Days since the axis start, in pixels.
fn x_of(day: NaiveDate, start: NaiveDate) -> f64 {
    round(LEFT + (day - start).num_days() as f64 * YEAR_PX / 365.25)
}

/// A coordinate to a tenth of a pixel (shorter SVG, same drawing).
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Whether a date (and its end) is one certain day.
fn is_point(date: PartialDate, end: Option<PartialDate>) -> bool {
    end.is_none() && date.precision() == Precision::Day && date.qualifier() == Qualifier::None
}

/// One record before layout.
struct Item {
    kind: &'static str,
    id: String,
    label: String,
    date: PartialDate,
    end: Option<PartialDate>,
    topics: BTreeSet<&'static str>,
    actors: BTreeSet<String>,
    groups: BTreeSet<&'static str>,
}

/// The topics of the commitments `ids` (an event's or a claim's topics are those of the
/// commitments it is about).
fn topics_of<'a>(ds: &Dataset, ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'static str> {
    ids.filter_map(|id| ds.commitment(id))
        .flat_map(|c| c.topics().iter().map(|t| t.as_str()))
        .collect()
}

/// Lay out the timeline of `ds`: one mark per record not withdrawn (undated claims are listed,
/// not drawn).
///
/// ```
/// use nato_assurances_cli::site::{timeline::layout, view::Site};
/// let ds = nato_assurances::dataset();
/// let t = layout(ds, &Site::new(ds, None).unwrap());
/// let drawn = t.marks.iter().filter(|m| m.kind == "commitment").count();
/// assert_eq!(drawn, ds.commitments().filter(|c| c.withdrawn().is_none()).count());
/// ```
pub fn layout(ds: &Dataset, site: &Site<'_>) -> Timeline {
    let mut commitments = Vec::new();
    for c in ds.commitments().filter(|c| c.withdrawn().is_none()) {
        let groups = ds
            .claims_about(c.id())
            .filter(|k| k.withdrawn().is_none())
            .map(|k| site.claim_group(k).as_str())
            .collect();
        commitments.push(Item {
            kind: "commitment",
            id: c.id().to_owned(),
            label: c.title().to_owned(),
            date: c.date(),
            end: c.end_date(),
            topics: c.topics().iter().map(|t| t.as_str()).collect(),
            actors: c
                .made_by()
                .chain(c.made_to())
                .chain(c.parties())
                .map(str::to_owned)
                .collect(),
            groups,
        });
    }
    let mut events = Vec::new();
    for e in ds.events().filter(|e| e.withdrawn().is_none()) {
        let topics = topics_of(ds, e.commitments());
        events.push(Item {
            kind: "event",
            id: e.id().to_owned(),
            label: e.title().to_owned(),
            date: e.date(),
            end: e.end_date(),
            topics,
            actors: e.actors().iter().map(|a| a.actor().to_owned()).collect(),
            groups: BTreeSet::new(),
        });
    }
    let mut claims = Vec::new();
    let mut undated = Vec::new();
    for k in ds.claims().filter(|k| k.withdrawn().is_none()) {
        let Some(date) = k.date() else {
            undated.push(k.id().to_owned());
            continue;
        };
        let who = ds.actor(k.claimant()).map_or(k.claimant(), |a| a.name());
        let topics = topics_of(ds, k.commitments());
        claims.push(Item {
            kind: "claim",
            id: k.id().to_owned(),
            label: shorten(&format!("{who}: {}", k.summary()), LABEL_CHARS),
            date,
            end: None,
            topics,
            actors: [k.claimant().to_owned()].into_iter().collect(),
            groups: [site.claim_group(k).as_str()].into_iter().collect(),
        });
    }
    let all = || commitments.iter().chain(&events).chain(&claims);
    let first = all()
        .map(|i| i.date.earliest().year())
        .min()
        .unwrap_or(1990);
    let last = all()
        .map(|i| i.end.unwrap_or(i.date).latest().year())
        .max()
        .unwrap_or(first);
    let start = NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or_default();
    let end = NaiveDate::from_ymd_opt(last + 1, 1, 1).unwrap_or_default();
    let width = x_of(end, start) + LEFT;
    let ticks = (first..=last + 1)
        .map(|year| Tick {
            x: x_of(
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(),
                start,
            ),
            year,
            label: year <= last,
        })
        .collect();
    // The filters' values; marks name them by their position in these lists.
    let used_topics: BTreeSet<&str> = all().flat_map(|i| i.topics.iter().copied()).collect();
    let topics: Vec<(String, String)> = nato_assurances::Topic::ALL
        .iter()
        .filter(|t| used_topics.contains(t.as_str()))
        .map(|t| (t.as_str().to_owned(), t.description().to_owned()))
        .collect();
    let used_actors: BTreeSet<&str> = all()
        .flat_map(|i| i.actors.iter().map(String::as_str))
        .collect();
    let mut actors: Vec<(String, String)> = used_actors
        .into_iter()
        .filter_map(|id| ds.actor(id).map(|a| (id.to_owned(), a.name().to_owned())))
        .collect();
    actors.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    let topic_no: BTreeMap<&str, usize> = topics
        .iter()
        .enumerate()
        .map(|(n, (v, _))| (v.as_str(), n))
        .collect();
    let actor_no: BTreeMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(n, (v, _))| (v.as_str(), n))
        .collect();
    let numbers = |values: Vec<usize>| -> String {
        let mut v = values;
        v.sort_unstable();
        v.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")
    };
    let mut lanes = Vec::new();
    let mut marks = Vec::new();
    let mut y = TOP;
    for (kind, label, mut items) in [
        ("commitment", "Commitments", commitments),
        ("event", "Events", events),
        ("claim", "Claims", claims),
    ] {
        items.sort_by_key(|i| (i.date.earliest(), i.id.clone()));
        let lane_top = y + 18.0;
        let mut rows: Vec<f64> = Vec::new();
        for i in items {
            let x0 = x_of(i.date.earliest(), start);
            let point = is_point(i.date, i.end);
            let last_day = i.end.unwrap_or(i.date).latest();
            let w = if point {
                0.0
            } else {
                round((x_of(last_day, start) - x0 + YEAR_PX / 365.25).max(MIN_BAR))
            };
            let x1 = if point { x0 + 4.0 } else { x0 + w };
            let lead = if point { x0 - 4.0 } else { x0 };
            let row = match rows.iter().position(|&end| end + GAP <= lead) {
                Some(r) => r,
                None => {
                    rows.push(f64::MIN);
                    rows.len() - 1
                }
            };
            rows[row] = x1;
            let date = match i.end {
                Some(e) => format!("{} – {e}", i.date),
                None => i.date.to_string(),
            };
            marks.push(Mark {
                kind: i.kind,
                url: record_url(i.kind, &i.id),
                id: i.id,
                short: shorten(&i.label, SHORT_CHARS),
                label: i.label,
                date,
                year: i.date.earliest().year(),
                x: x0,
                y: lane_top + row as f64 * ROW_PX,
                w,
                point,
                topics: numbers(
                    i.topics
                        .iter()
                        .filter_map(|t| topic_no.get(t).copied())
                        .collect(),
                ),
                actors: numbers(
                    i.actors
                        .iter()
                        .filter_map(|a| actor_no.get(a.as_str()).copied())
                        .collect(),
                ),
                groups: i.groups.into_iter().collect::<Vec<_>>().join(" "),
            });
        }
        let height = 18.0 + rows.len().max(1) as f64 * ROW_PX + 8.0;
        lanes.push(Lane {
            kind,
            label,
            y,
            height,
        });
        y += height;
    }
    let groups = nato_assurances::PerspectiveGroup::ALL
        .iter()
        .map(|g| (g.as_str().to_owned(), g.description().to_owned()))
        .collect();
    let mut by_year: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].x.total_cmp(&marks[b].x));
    for i in order {
        by_year.entry(marks[i].year).or_default().push(i);
    }
    Timeline {
        width,
        height: y + 8.0,
        ticks,
        lanes,
        marks,
        topics,
        actors,
        groups,
        undated,
        years: by_year.into_iter().collect(),
    }
}
