//! `assurances`: validate, format, generate, export and browse the nato-assurances dataset.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    nato_assurances_cli::main_with_args()
}
