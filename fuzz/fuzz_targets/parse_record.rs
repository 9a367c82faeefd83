//! The per-file loader on arbitrary bytes, for every record kind: never a panic; any error is
//! located; whatever parses re-parses from its canonical text to the same record.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use nato_assurances::check::Checker;
use nato_assurances::{Code, RecordKind};

fuzz_target!(|data: &[u8]| {
    let checker = Checker::new();
    for kind in RecordKind::ALL {
        match checker.format_record(kind, "fuzz.json", data) {
            Ok(canonical) => {
                let again = checker
                    .format_record(kind, "fuzz.json", canonical.as_bytes())
                    .expect("canonical text parses");
                assert_eq!(again, canonical);
            }
            Err(e) => {
                for d in e.diagnostics() {
                    assert!(d.line() >= 1 || d.code() == Code::TooLarge, "{d}");
                }
            }
        }
    }
});
