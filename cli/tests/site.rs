//! The static site, without a browser: every record has its page at a stable address, text
//! from the records never becomes markup, and `site` only ever replaces a directory it wrote.
//! The browser tests (site-tests/, run by `.ci/run`) check the rest.

use nato_assurances::{Dataset, Query, RecordKind};
use nato_assurances_cli::site::{build, render, SiteFile, MARKER};
use serde_json::Value;

fn html<'a>(files: &'a [SiteFile], path: &str) -> &'a str {
    let f = files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"));
    std::str::from_utf8(&f.bytes).unwrap()
}

#[test]
fn every_record_has_a_page_at_the_address_of_its_id() {
    let ds = nato_assurances::dataset();
    let files = render(ds, None).unwrap();
    for r in ds.select(&Query::new()) {
        let dir = match r.kind() {
            RecordKind::Actor => "actors",
            RecordKind::Source => "sources",
            RecordKind::Commitment => "commitments",
            RecordKind::Claim => "claims",
            _ => "events",
        };
        let page = html(&files, &format!("{dir}/{}.html", r.id()));
        assert!(page.contains(r.id()), "{} page names its id", r.id());
    }
    for p in [
        "index.html",
        "timeline.html",
        "matrix.html",
        "search.html",
        "editorial.html",
    ] {
        assert!(html(&files, p).starts_with("<!doctype html>"));
    }
}

#[test]
fn rendering_is_deterministic() {
    let ds = nato_assurances::dataset();
    assert_eq!(render(ds, None).unwrap(), render(ds, None).unwrap());
}

#[test]
fn base_url_makes_the_schema_org_links_absolute_and_must_be_http() {
    let ds = nato_assurances::dataset();
    let files = render(ds, Some("https://example.org/na")).unwrap();
    assert!(html(&files, "index.html")
        .contains("\"contentUrl\":\"https://example.org/na/downloads/dataset.json\""));
    assert!(render(ds, Some("javascript:alert(1)")).is_err());
}

/// The embedded data with markup in titles, summaries, a quote and a name; and the id of the
/// claim whose quote holds `</script>`.
fn hostile() -> (Dataset, String) {
    let ds = nato_assurances::dataset();
    let mut v: Value = serde_json::from_str(&ds.export_json(None, None)).unwrap();
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    for kind in ["commitments", "claims"] {
        for r in v[kind].as_array_mut().unwrap().iter_mut().take(3) {
            r["summary"] = Value::from(format!("{evil} summary"));
            if let Some(t) = r.get_mut("title") {
                *t = Value::from(format!("{evil} title"));
            }
        }
    }
    v["claims"][0]["quote"]["text"] = Value::from(format!("</script>{evil}"));
    v["actors"][0]["name"] = Value::from(format!("\"><svg onload=alert(3)>{evil}"));
    v.as_object_mut().unwrap().remove("fingerprint");
    let claim = v["claims"][0]["id"].as_str().unwrap().to_owned();
    let ds = Dataset::from_json(&v.to_string()).expect("the hostile copy is valid data");
    (ds, claim)
}

#[test]
fn markup_in_records_is_escaped_in_pages_json_ld_and_the_search_index() {
    let (ds, claim) = hostile();
    let files = render(&ds, None).unwrap();
    for f in files
        .iter()
        .filter(|f| f.path.ends_with(".html") || f.path.ends_with(".js"))
    {
        let text = std::str::from_utf8(&f.bytes).unwrap();
        for bad in ["<script>alert", "<img src=x", "<svg onload", "\"><svg"] {
            assert!(!text.contains(bad), "{}: `{bad}` unescaped", f.path);
        }
    }
    let page = html(&files, &format!("claims/{claim}.html"));
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
    let start = page.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = start + page[start..].find("</script>").unwrap();
    let ld: Value = serde_json::from_str(&page[start..end]).unwrap();
    assert!(ld["text"]
        .as_str()
        .unwrap()
        .starts_with("</script><script>alert(1)"));
}

#[test]
fn site_replaces_only_a_directory_it_wrote() {
    let ds = nato_assurances::dataset();
    let tmp = tempfile::tempdir().unwrap();
    let foreign = tmp.path().join("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
    let err = build(ds, &foreign, None).unwrap_err();
    assert!(err.contains("not empty") && err.contains(MARKER), "{err}");
    assert!(foreign.join("keep.txt").exists());

    let out = tmp.path().join("site");
    let first = build(ds, &out, None).unwrap();
    std::fs::write(out.join("stale.html"), "old").unwrap();
    let second = build(ds, &out, None).unwrap();
    assert_eq!(first, second);
    assert!(
        !out.join("stale.html").exists(),
        "an earlier build is replaced"
    );
    assert!(
        first.largest.1 < 200 * 1024,
        "largest page {:?}",
        first.largest
    );
}
