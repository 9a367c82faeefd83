//! `Dataset::from_json` on arbitrary text: never a panic; any error is located.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use nato_assurances::Dataset;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Dataset::from_json(text) {
        Ok(ds) => {
            // Whatever loads, loads losslessly.
            let again = Dataset::from_json(&ds.to_json()).expect("an export of a loaded dataset loads");
            assert_eq!(again, ds);
        }
        Err(e) => {
            for d in e.diagnostics() {
                assert!(d.line() >= 1 && d.column() >= 1, "{d}");
            }
        }
    }
});
