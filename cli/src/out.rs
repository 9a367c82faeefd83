//! Writing to standard output. A reader that stops early (`assurances balance | head`) closes
//! the pipe; the command then stops quietly, as Unix tools do, instead of panicking as
//! `print!` would.

use std::fmt::Display;
use std::io::{ErrorKind, Write};

/// Writes `text` to standard output. On a closed pipe the process exits (status 0: the reader
/// has what it wanted); another write error is reported on standard error.
pub fn print(text: impl Display) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = write!(stdout, "{text}").and_then(|()| stdout.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// [`print`] with a line end.
pub fn println(text: impl Display) {
    print(format_args!("{text}\n"));
}
