//! `assurances synth` (hidden): a synthetic data directory for scale measurements.

use crate::workspace::data_dir;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `assurances synth --scale N --out DIR [--data DIR]`.
pub fn run(scale: usize, out: &Path, data: Option<PathBuf>) -> Result<ExitCode, String> {
    crate::synth::synth(&data_dir(data)?, out, scale)
}
