//! The per-file loader on arbitrary bytes, for every record kind: never a panic; any error is
//! located; whatever parses re-parses from its canonical text to the same record.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use nato_assurances::load::parse_record;
use nato_assurances::RecordKind;

fuzz_target!(|data: &[u8]| {
    for kind in RecordKind::ALL {
        match parse_record(kind, "fuzz.json", data) {
            Ok(r) => {
                let canonical = r.canonical();
                let again = parse_record(kind, "fuzz.json", canonical.as_bytes()).expect("canonical text parses");
                assert_eq!(again, r);
                assert_eq!(again.canonical(), canonical);
            }
            Err(d) => assert!(d.line >= 1 || d.code == "too-large", "{d}"),
        }
    }
});
